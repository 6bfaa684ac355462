import type http from 'node:http';
import type { MountedService } from '../gateway.ts';
import type { Mailbox, StoredMail } from './mailer.ts';

const escapeHtml = (value: string) =>
	value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Plain text with its http(s) URLs as links; everything else escaped. */
function linkify(text: string): string {
	return text
		.split(/(https?:\/\/[^\s<>"]+)/)
		.map((part, index) =>
			index % 2 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)
		)
		.join('');
}

function page(title: string, body: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 50rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem; border-bottom: 1px solid #ccc; vertical-align: top; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 1rem; }
a { color: #0645ad; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function listPage(mails: StoredMail[]): string {
	const rows = mails
		.map(
			(mail) => `<tr>
<td><time datetime="${mail.sentAt}">${escapeHtml(mail.sentAt.replace('T', ' ').slice(0, 19))}</time></td>
<td>${escapeHtml(mail.to)}</td>
<td lang="${mail.locale}"><a href="/mailbox/${mail.id}">${escapeHtml(mail.subject)}</a></td>
</tr>`
		)
		.join('\n');
	const content = mails.length
		? `<table>
<caption>${mails.length} ${mails.length === 1 ? 'message' : 'messages'}, newest first</caption>
<thead><tr><th scope="col">Sent (UTC)</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
		: '<p>No mail yet.</p>';
	return page(
		'Dev mailbox',
		`<h1>Dev mailbox</h1>
<p>Mail the local auth service would have sent. Without <code>SMTP_URL</code> nothing leaves this machine.</p>
${content}`
	);
}

function messagePage(mail: StoredMail): string {
	return page(
		mail.subject,
		`<p><a href="/mailbox">Back to all messages</a></p>
<article lang="${mail.locale}">
<h1>${escapeHtml(mail.subject)}</h1>
<dl lang="en">
<dt>From</dt><dd>${escapeHtml(mail.from)}</dd>
<dt>To</dt><dd>${escapeHtml(mail.to)}</dd>
<dt>Sent (UTC)</dt><dd><time datetime="${mail.sentAt}">${escapeHtml(mail.sentAt)}</time></dd>
</dl>
<pre>${linkify(mail.text)}</pre>
</article>`
	);
}

function send(response: http.ServerResponse, status: number, type: string, body: string) {
	response.writeHead(status, {
		'content-type': `${type}; charset=utf-8`,
		'cache-control': 'no-store',
		// Mails are rendered from our own templates, but the page never needs scripts or frames.
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
		'x-content-type-options': 'nosniff'
	});
	response.end(body);
}

/**
 * The dev mailbox over HTTP, like the Supabase CLI's Inbucket/Mailpit: `/mailbox` (HTML) and
 * `/mailbox/api/messages?to=<email>` (JSON). `path` is the request path after `/mailbox`.
 */
export function mailboxHandler(mailbox: Mailbox): MountedService {
	return (request, response, path) => {
		const url = new URL(request.url ?? '/', 'http://mailbox');
		const serve = async () => {
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				send(response, 405, 'text/plain', 'Method not allowed');
			} else if (path === '/api/messages') {
				const mails = await mailbox.list(url.searchParams.get('to') ?? undefined);
				send(response, 200, 'application/json', JSON.stringify(mails));
			} else if (path === '/' || path === '') {
				send(response, 200, 'text/html', listPage(await mailbox.list()));
			} else {
				const mail = await mailbox.get(path.slice(1));
				if (mail) send(response, 200, 'text/html', messagePage(mail));
				else
					send(
						response,
						404,
						'text/html',
						page('Not found', '<h1>No such message</h1><p><a href="/mailbox">All messages</a></p>')
					);
			}
		};
		serve().catch(() => {
			if (!response.headersSent) send(response, 500, 'text/plain', 'The mailbox could not be read');
		});
	};
}
