import { deadlineReminders } from './deadline-reminders';
import { freshnessJob } from './freshness';
import type { Job } from './job';

/**
 * What `npm run jobs:reminders` runs, in this order. Each job is idempotent, so cron may run the
 * list as often as hourly; a new reminder is one more entry here.
 */
export const reminderJobs: Job[] = [freshnessJob, deadlineReminders];
