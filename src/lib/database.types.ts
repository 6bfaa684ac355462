export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];

export type Database = {
	// Allows to automatically instantiate createClient with right options
	// instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
	__InternalSupabase: {
		PostgrestVersion: '12';
	};
	public: {
		Tables: {
			application_activities: {
				Row: {
					actor_id: string | null;
					application_id: string;
					details: NonNullable<Json>;
					from_status: Database['public']['Enums']['application_status'] | null;
					id: number;
					kind: Database['public']['Enums']['activity_kind'];
					note: string | null;
					occurred_at: string;
					to_status: Database['public']['Enums']['application_status'] | null;
				};
				Insert: {
					actor_id?: string | null;
					application_id: string;
					details?: NonNullable<Json>;
					from_status?: Database['public']['Enums']['application_status'] | null;
					id?: never;
					kind: Database['public']['Enums']['activity_kind'];
					note?: string | null;
					occurred_at?: string;
					to_status?: Database['public']['Enums']['application_status'] | null;
				};
				Update: {
					actor_id?: string | null;
					application_id?: string;
					details?: NonNullable<Json>;
					from_status?: Database['public']['Enums']['application_status'] | null;
					id?: never;
					kind?: Database['public']['Enums']['activity_kind'];
					note?: string | null;
					occurred_at?: string;
					to_status?: Database['public']['Enums']['application_status'] | null;
				};
				Relationships: [
					{
						foreignKeyName: 'application_activities_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: false;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					}
				];
			};
			application_documents: {
				Row: {
					application_id: string;
					content_type: string;
					file_name: string;
					id: string;
					kind: Database['public']['Enums']['application_document_kind'];
					object_path: string;
					size_bytes: number;
					uploaded_at: string;
					uploaded_by: string | null;
				};
				Insert: {
					application_id: string;
					content_type: string;
					file_name: string;
					id?: string;
					kind: Database['public']['Enums']['application_document_kind'];
					object_path: string;
					size_bytes: number;
					uploaded_at?: string;
					uploaded_by?: string | null;
				};
				Update: {
					application_id?: string;
					content_type?: string;
					file_name?: string;
					id?: string;
					kind?: Database['public']['Enums']['application_document_kind'];
					object_path?: string;
					size_bytes?: number;
					uploaded_at?: string;
					uploaded_by?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'application_documents_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: false;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					}
				];
			};
			application_report_totals: {
				Row: {
					applications: number;
					funding_call_id: string | null;
					granted: boolean;
					granted_cents: number;
					id: number;
					office_role: Database['public']['Enums']['office_role'];
					organisation_id: string;
					outcome: Database['public']['Enums']['decision_outcome'] | null;
					own_fund_id: string | null;
					own_funds_cents: number;
					paid: boolean;
					paid_cents: number;
					report_year: number;
					requested_cents: number;
					submitted: boolean;
				};
				Insert: {
					applications: number;
					funding_call_id?: string | null;
					granted: boolean;
					granted_cents: number;
					id?: never;
					office_role: Database['public']['Enums']['office_role'];
					organisation_id: string;
					outcome?: Database['public']['Enums']['decision_outcome'] | null;
					own_fund_id?: string | null;
					own_funds_cents: number;
					paid: boolean;
					paid_cents: number;
					report_year: number;
					requested_cents: number;
					submitted: boolean;
				};
				Update: {
					applications?: number;
					funding_call_id?: string | null;
					granted?: boolean;
					granted_cents?: number;
					id?: never;
					office_role?: Database['public']['Enums']['office_role'];
					organisation_id?: string;
					outcome?: Database['public']['Enums']['decision_outcome'] | null;
					own_fund_id?: string | null;
					own_funds_cents?: number;
					paid?: boolean;
					paid_cents?: number;
					report_year?: number;
					requested_cents?: number;
					submitted?: boolean;
				};
				Relationships: [
					{
						foreignKeyName: 'application_report_totals_funding_call_id_fkey';
						columns: ['funding_call_id'];
						isOneToOne: false;
						referencedRelation: 'funding_calls';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'application_report_totals_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'application_report_totals_own_fund_id_fkey';
						columns: ['own_fund_id'];
						isOneToOne: false;
						referencedRelation: 'own_funds';
						referencedColumns: ['id'];
					}
				];
			};
			applications: {
				Row: {
					created_at: string;
					decided_at: string | null;
					decision_outcome: Database['public']['Enums']['decision_outcome'] | null;
					ever_submitted: boolean;
					funding_call_id: string | null;
					granted_cents: number;
					id: string;
					is_demo: boolean;
					notes: string | null;
					office_role: Database['public']['Enums']['office_role'];
					organisation_id: string;
					own_fund_id: string | null;
					own_funds_cents: number;
					paid_cents: number;
					period_end: string | null;
					period_start: string | null;
					report_year: number | null;
					requested_cents: number;
					responsible_staff_id: string | null;
					search: unknown;
					status: Database['public']['Enums']['application_status'];
					third_party_cents: number;
					title: string;
					total_cost_cents: number;
					updated_at: string;
					volunteer_hours: number;
				};
				Insert: {
					created_at?: string;
					decided_at?: string | null;
					decision_outcome?: Database['public']['Enums']['decision_outcome'] | null;
					ever_submitted?: boolean;
					funding_call_id?: string | null;
					granted_cents?: number;
					id?: string;
					is_demo?: boolean;
					notes?: string | null;
					office_role?: Database['public']['Enums']['office_role'];
					organisation_id: string;
					own_fund_id?: string | null;
					own_funds_cents?: number;
					paid_cents?: number;
					period_end?: string | null;
					period_start?: string | null;
					report_year?: never;
					requested_cents?: number;
					responsible_staff_id?: string | null;
					search?: never;
					status?: Database['public']['Enums']['application_status'];
					third_party_cents?: number;
					title: string;
					total_cost_cents?: number;
					updated_at?: string;
					volunteer_hours?: number;
				};
				Update: {
					created_at?: string;
					decided_at?: string | null;
					decision_outcome?: Database['public']['Enums']['decision_outcome'] | null;
					ever_submitted?: boolean;
					funding_call_id?: string | null;
					granted_cents?: number;
					id?: string;
					is_demo?: boolean;
					notes?: string | null;
					office_role?: Database['public']['Enums']['office_role'];
					organisation_id?: string;
					own_fund_id?: string | null;
					own_funds_cents?: number;
					paid_cents?: number;
					period_end?: string | null;
					period_start?: string | null;
					report_year?: never;
					requested_cents?: number;
					responsible_staff_id?: string | null;
					search?: never;
					status?: Database['public']['Enums']['application_status'];
					third_party_cents?: number;
					title?: string;
					total_cost_cents?: number;
					updated_at?: string;
					volunteer_hours?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'applications_funding_call_id_fkey';
						columns: ['funding_call_id'];
						isOneToOne: false;
						referencedRelation: 'funding_calls';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'applications_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'applications_own_fund_id_fkey';
						columns: ['own_fund_id'];
						isOneToOne: false;
						referencedRelation: 'own_funds';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'applications_responsible_staff_id_fkey';
						columns: ['responsible_staff_id'];
						isOneToOne: false;
						referencedRelation: 'staff';
						referencedColumns: ['user_id'];
					}
				];
			};
			calendar_feed_tokens: {
				Row: {
					created_at: string;
					created_by: string;
					id: string;
					label: string | null;
					locale: string;
					organisation_id: string | null;
					revoked_at: string | null;
					scope: Database['public']['Enums']['calendar_feed_scope'];
					token_hash: string;
					user_id: string | null;
				};
				Insert: {
					created_at?: string;
					created_by?: string;
					id?: string;
					label?: string | null;
					locale?: string;
					organisation_id?: string | null;
					revoked_at?: string | null;
					scope: Database['public']['Enums']['calendar_feed_scope'];
					token_hash: string;
					user_id?: string | null;
				};
				Update: {
					created_at?: string;
					created_by?: string;
					id?: string;
					label?: string | null;
					locale?: string;
					organisation_id?: string | null;
					revoked_at?: string | null;
					scope?: Database['public']['Enums']['calendar_feed_scope'];
					token_hash?: string;
					user_id?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'calendar_feed_tokens_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			committee_meetings: {
				Row: {
					created_at: string;
					held_on: string;
					id: string;
					is_demo: boolean;
					minutes: string | null;
					own_fund_id: string;
					title: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					held_on: string;
					id?: string;
					is_demo?: boolean;
					minutes?: string | null;
					own_fund_id: string;
					title: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					held_on?: string;
					id?: string;
					is_demo?: boolean;
					minutes?: string | null;
					own_fund_id?: string;
					title?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'committee_meetings_own_fund_id_fkey';
						columns: ['own_fund_id'];
						isOneToOne: false;
						referencedRelation: 'own_funds';
						referencedColumns: ['id'];
					}
				];
			};
			contacts: {
				Row: {
					email: string | null;
					id: string;
					name: string | null;
					organisation_id: string;
					phone: string | null;
					service_id: string | null;
					show_publicly: boolean;
					title: string | null;
				};
				Insert: {
					email?: string | null;
					id?: string;
					name?: string | null;
					organisation_id: string;
					phone?: string | null;
					service_id?: string | null;
					show_publicly?: boolean;
					title?: string | null;
				};
				Update: {
					email?: string | null;
					id?: string;
					name?: string | null;
					organisation_id?: string;
					phone?: string | null;
					service_id?: string | null;
					show_publicly?: boolean;
					title?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'contacts_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'contacts_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
			deadline_reminder_claims: {
				Row: {
					claimed_at: string;
					days_before: number;
					deadline_id: string;
					deadline_kind: Database['public']['Enums']['deadline_kind'];
					recipient_id: string;
				};
				Insert: {
					claimed_at?: string;
					days_before: number;
					deadline_id: string;
					deadline_kind: Database['public']['Enums']['deadline_kind'];
					recipient_id: string;
				};
				Update: {
					claimed_at?: string;
					days_before?: number;
					deadline_id?: string;
					deadline_kind?: Database['public']['Enums']['deadline_kind'];
					recipient_id?: string;
				};
				Relationships: [];
			};
			directory_history: {
				Row: {
					actor_id: string | null;
					actor_role: string;
					id: number;
					new_values: Json | null;
					occurred_at: string;
					old_values: Json | null;
					operation: string;
					organisation_id: string;
					revision_id: string | null;
					row_id: string | null;
					table_name: string;
				};
				Insert: {
					actor_id?: string | null;
					actor_role: string;
					id?: never;
					new_values?: Json | null;
					occurred_at?: string;
					old_values?: Json | null;
					operation: string;
					organisation_id: string;
					revision_id?: string | null;
					row_id?: string | null;
					table_name: string;
				};
				Update: {
					actor_id?: string | null;
					actor_role?: string;
					id?: never;
					new_values?: Json | null;
					occurred_at?: string;
					old_values?: Json | null;
					operation?: string;
					organisation_id?: string;
					revision_id?: string | null;
					row_id?: string | null;
					table_name?: string;
				};
				Relationships: [];
			};
			districts: {
				Row: {
					city: string;
					id: string;
					latitude: number;
					longitude: number;
					name: string;
				};
				Insert: {
					city: string;
					id?: string;
					latitude: number;
					longitude: number;
					name: string;
				};
				Update: {
					city?: string;
					id?: string;
					latitude?: number;
					longitude?: number;
					name?: string;
				};
				Relationships: [];
			};
			entry_revisions: {
				Row: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				Insert: {
					base: NonNullable<Json>;
					created_at?: string;
					created_by?: string | null;
					decided_at?: string | null;
					decided_by?: string | null;
					decision_reason?: string | null;
					id?: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status?: Database['public']['Enums']['revision_status'];
					submitted_at?: string | null;
					updated_at?: string;
					updated_by?: string | null;
					version?: number;
				};
				Update: {
					base?: NonNullable<Json>;
					created_at?: string;
					created_by?: string | null;
					decided_at?: string | null;
					decided_by?: string | null;
					decision_reason?: string | null;
					id?: string;
					organisation_id?: string;
					proposed?: NonNullable<Json>;
					status?: Database['public']['Enums']['revision_status'];
					submitted_at?: string | null;
					updated_at?: string;
					updated_by?: string | null;
					version?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'entry_revisions_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			funders: {
				Row: {
					created_at: string;
					id: string;
					is_demo: boolean;
					level: Database['public']['Enums']['funder_level'];
					name: string;
					notes: string | null;
					updated_at: string;
					website: string | null;
				};
				Insert: {
					created_at?: string;
					id?: string;
					is_demo?: boolean;
					level: Database['public']['Enums']['funder_level'];
					name: string;
					notes?: string | null;
					updated_at?: string;
					website?: string | null;
				};
				Update: {
					created_at?: string;
					id?: string;
					is_demo?: boolean;
					level?: Database['public']['Enums']['funder_level'];
					name?: string;
					notes?: string | null;
					updated_at?: string;
					website?: string | null;
				};
				Relationships: [];
			};
			funding_calls: {
				Row: {
					created_at: string;
					deadline_at: string | null;
					deadline_type: Database['public']['Enums']['deadline_type'];
					decision_expected_on: string | null;
					description: string | null;
					eligible_applicants: Database['public']['Enums']['applicant_kind'][];
					id: string;
					is_demo: boolean;
					last_verified_at: string | null;
					link: string | null;
					max_amount_cents: number | null;
					min_amount_cents: number | null;
					opens_at: string | null;
					programme_id: string;
					published: boolean;
					region: string | null;
					title: string;
					topics: string[];
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					deadline_at?: string | null;
					deadline_type?: Database['public']['Enums']['deadline_type'];
					decision_expected_on?: string | null;
					description?: string | null;
					eligible_applicants?: Database['public']['Enums']['applicant_kind'][];
					id?: string;
					is_demo?: boolean;
					last_verified_at?: string | null;
					link?: string | null;
					max_amount_cents?: number | null;
					min_amount_cents?: number | null;
					opens_at?: string | null;
					programme_id: string;
					published?: boolean;
					region?: string | null;
					title: string;
					topics?: string[];
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					deadline_at?: string | null;
					deadline_type?: Database['public']['Enums']['deadline_type'];
					decision_expected_on?: string | null;
					description?: string | null;
					eligible_applicants?: Database['public']['Enums']['applicant_kind'][];
					id?: string;
					is_demo?: boolean;
					last_verified_at?: string | null;
					link?: string | null;
					max_amount_cents?: number | null;
					min_amount_cents?: number | null;
					opens_at?: string | null;
					programme_id?: string;
					published?: boolean;
					region?: string | null;
					title?: string;
					topics?: string[];
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'funding_calls_programme_id_fkey';
						columns: ['programme_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id'];
					}
				];
			};
			grant_decisions: {
				Row: {
					amount_cents: number;
					application_id: string;
					committee_meeting_id: string | null;
					conditions: string | null;
					created_at: string;
					decided_by: Database['public']['Enums']['decision_body'];
					decided_on: string;
					id: string;
					outcome: Database['public']['Enums']['decision_outcome'];
					period_end: string | null;
					period_start: string | null;
					recorded_by: string | null;
					reference: string | null;
					updated_at: string;
				};
				Insert: {
					amount_cents?: number;
					application_id: string;
					committee_meeting_id?: string | null;
					conditions?: string | null;
					created_at?: string;
					decided_by?: Database['public']['Enums']['decision_body'];
					decided_on: string;
					id?: string;
					outcome: Database['public']['Enums']['decision_outcome'];
					period_end?: string | null;
					period_start?: string | null;
					recorded_by?: string | null;
					reference?: string | null;
					updated_at?: string;
				};
				Update: {
					amount_cents?: number;
					application_id?: string;
					committee_meeting_id?: string | null;
					conditions?: string | null;
					created_at?: string;
					decided_by?: Database['public']['Enums']['decision_body'];
					decided_on?: string;
					id?: string;
					outcome?: Database['public']['Enums']['decision_outcome'];
					period_end?: string | null;
					period_start?: string | null;
					recorded_by?: string | null;
					reference?: string | null;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'grant_decisions_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: true;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'grant_decisions_committee_meeting_id_fkey';
						columns: ['committee_meeting_id'];
						isOneToOne: false;
						referencedRelation: 'committee_meetings';
						referencedColumns: ['id'];
					}
				];
			};
			invitations: {
				Row: {
					created_at: string;
					email: string;
					expires_at: string;
					id: string;
					invited_by: string | null;
					locale: string;
					member_role: Database['public']['Enums']['member_role'] | null;
					organisation_id: string | null;
					staff_role: Database['public']['Enums']['staff_role'] | null;
					token_hash: string;
					used_at: string | null;
					user_id: string | null;
					withdrawn_at: string | null;
				};
				Insert: {
					created_at?: string;
					email: string;
					expires_at: string;
					id?: string;
					invited_by?: string | null;
					locale?: string;
					member_role?: Database['public']['Enums']['member_role'] | null;
					organisation_id?: string | null;
					staff_role?: Database['public']['Enums']['staff_role'] | null;
					token_hash: string;
					used_at?: string | null;
					user_id?: string | null;
					withdrawn_at?: string | null;
				};
				Update: {
					created_at?: string;
					email?: string;
					expires_at?: string;
					id?: string;
					invited_by?: string | null;
					locale?: string;
					member_role?: Database['public']['Enums']['member_role'] | null;
					organisation_id?: string | null;
					staff_role?: Database['public']['Enums']['staff_role'] | null;
					token_hash?: string;
					used_at?: string | null;
					user_id?: string | null;
					withdrawn_at?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'invitations_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			join_requests: {
				Row: {
					contact_email: string;
					created_at: string;
					decided_at: string | null;
					decline_reason: string | null;
					id: string;
					locale: string;
					organisation_id: string;
					status: Database['public']['Enums']['join_request_status'];
				};
				Insert: {
					contact_email: string;
					created_at?: string;
					decided_at?: string | null;
					decline_reason?: string | null;
					id?: string;
					locale?: string;
					organisation_id: string;
					status?: Database['public']['Enums']['join_request_status'];
				};
				Update: {
					contact_email?: string;
					created_at?: string;
					decided_at?: string | null;
					decline_reason?: string | null;
					id?: string;
					locale?: string;
					organisation_id?: string;
					status?: Database['public']['Enums']['join_request_status'];
				};
				Relationships: [
					{
						foreignKeyName: 'join_requests_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: true;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			languages: {
				Row: {
					code: string;
					name_de: string;
					name_en: string;
					native_name: string;
				};
				Insert: {
					code: string;
					name_de: string;
					name_en: string;
					native_name: string;
				};
				Update: {
					code?: string;
					name_de?: string;
					name_en?: string;
					native_name?: string;
				};
				Relationships: [];
			};
			locations: {
				Row: {
					accessibility_notes: string | null;
					accessible_toilet: boolean | null;
					address_1: string | null;
					address_2: string | null;
					city: string;
					country: string;
					created_at: string;
					description: string | null;
					district_id: string | null;
					hearing_loop: boolean | null;
					id: string;
					latitude: number | null;
					longitude: number | null;
					name: string | null;
					organisation_id: string;
					postal_code: string | null;
					transportation: string | null;
					updated_at: string;
					visibility: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible: boolean | null;
				};
				Insert: {
					accessibility_notes?: string | null;
					accessible_toilet?: boolean | null;
					address_1?: string | null;
					address_2?: string | null;
					city?: string;
					country?: string;
					created_at?: string;
					description?: string | null;
					district_id?: string | null;
					hearing_loop?: boolean | null;
					id?: string;
					latitude?: number | null;
					longitude?: number | null;
					name?: string | null;
					organisation_id: string;
					postal_code?: string | null;
					transportation?: string | null;
					updated_at?: string;
					visibility?: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible?: boolean | null;
				};
				Update: {
					accessibility_notes?: string | null;
					accessible_toilet?: boolean | null;
					address_1?: string | null;
					address_2?: string | null;
					city?: string;
					country?: string;
					created_at?: string;
					description?: string | null;
					district_id?: string | null;
					hearing_loop?: boolean | null;
					id?: string;
					latitude?: number | null;
					longitude?: number | null;
					name?: string | null;
					organisation_id?: string;
					postal_code?: string | null;
					transportation?: string | null;
					updated_at?: string;
					visibility?: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible?: boolean | null;
				};
				Relationships: [
					{
						foreignKeyName: 'locations_district_id_fkey';
						columns: ['district_id'];
						isOneToOne: false;
						referencedRelation: 'districts';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'locations_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			network_memberships: {
				Row: {
					joined_on: string | null;
					network_id: string;
					organisation_id: string;
					role: Database['public']['Enums']['network_role'];
				};
				Insert: {
					joined_on?: string | null;
					network_id: string;
					organisation_id: string;
					role?: Database['public']['Enums']['network_role'];
				};
				Update: {
					joined_on?: string | null;
					network_id?: string;
					organisation_id?: string;
					role?: Database['public']['Enums']['network_role'];
				};
				Relationships: [
					{
						foreignKeyName: 'network_memberships_network_id_fkey';
						columns: ['network_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'network_memberships_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			obligations: {
				Row: {
					application_id: string;
					covers_from: string | null;
					covers_to: string | null;
					created_at: string;
					done_at: string | null;
					done_by: string | null;
					due_on: string;
					id: string;
					kind: Database['public']['Enums']['obligation_kind'];
					note: string | null;
					updated_at: string;
				};
				Insert: {
					application_id: string;
					covers_from?: string | null;
					covers_to?: string | null;
					created_at?: string;
					done_at?: string | null;
					done_by?: string | null;
					due_on: string;
					id?: string;
					kind: Database['public']['Enums']['obligation_kind'];
					note?: string | null;
					updated_at?: string;
				};
				Update: {
					application_id?: string;
					covers_from?: string | null;
					covers_to?: string | null;
					created_at?: string;
					done_at?: string | null;
					done_by?: string | null;
					due_on?: string;
					id?: string;
					kind?: Database['public']['Enums']['obligation_kind'];
					note?: string | null;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'obligations_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: false;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					}
				];
			};
			organisation_members: {
				Row: {
					created_at: string;
					organisation_id: string;
					role: Database['public']['Enums']['member_role'];
					user_id: string;
				};
				Insert: {
					created_at?: string;
					organisation_id: string;
					role?: Database['public']['Enums']['member_role'];
					user_id: string;
				};
				Update: {
					created_at?: string;
					organisation_id?: string;
					role?: Database['public']['Enums']['member_role'];
					user_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'organisation_members_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			organisation_taxonomy_terms: {
				Row: {
					organisation_id: string;
					taxonomy_term_id: string;
				};
				Insert: {
					organisation_id: string;
					taxonomy_term_id: string;
				};
				Update: {
					organisation_id?: string;
					taxonomy_term_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'organisation_taxonomy_terms_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'organisation_taxonomy_terms_taxonomy_term_id_fkey';
						columns: ['taxonomy_term_id'];
						isOneToOne: false;
						referencedRelation: 'taxonomy_terms';
						referencedColumns: ['id'];
					}
				];
			};
			organisations: {
				Row: {
					created_at: string;
					description: string | null;
					email: string | null;
					id: string;
					is_demo: boolean;
					kind: Database['public']['Enums']['organisation_kind'];
					last_confirmed_at: string | null;
					legal_form: string | null;
					licence: string;
					logo_path: string | null;
					logo_url: string | null;
					name: string;
					parent_organisation_id: string | null;
					phone: string | null;
					short_name: string | null;
					slug: string;
					status: Database['public']['Enums']['publication_status'];
					updated_at: string;
					website: string | null;
				};
				Insert: {
					created_at?: string;
					description?: string | null;
					email?: string | null;
					id?: string;
					is_demo?: boolean;
					kind: Database['public']['Enums']['organisation_kind'];
					last_confirmed_at?: string | null;
					legal_form?: string | null;
					licence?: string;
					logo_path?: string | null;
					logo_url?: string | null;
					name: string;
					parent_organisation_id?: string | null;
					phone?: string | null;
					short_name?: string | null;
					slug?: string;
					status?: Database['public']['Enums']['publication_status'];
					updated_at?: string;
					website?: string | null;
				};
				Update: {
					created_at?: string;
					description?: string | null;
					email?: string | null;
					id?: string;
					is_demo?: boolean;
					kind?: Database['public']['Enums']['organisation_kind'];
					last_confirmed_at?: string | null;
					legal_form?: string | null;
					licence?: string;
					logo_path?: string | null;
					logo_url?: string | null;
					name?: string;
					parent_organisation_id?: string | null;
					phone?: string | null;
					short_name?: string | null;
					slug?: string;
					status?: Database['public']['Enums']['publication_status'];
					updated_at?: string;
					website?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'organisations_parent_organisation_id_fkey';
						columns: ['parent_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			own_funds: {
				Row: {
					budget_cents: number;
					budget_line: string | null;
					committed_cents: number;
					created_at: string;
					id: string;
					is_demo: boolean;
					name: string;
					origin: string | null;
					paid_cents: number;
					programme_id: string | null;
					remaining_cents: number | null;
					staff_decision_limit_cents: number;
					updated_at: string;
					year: number;
				};
				Insert: {
					budget_cents: number;
					budget_line?: string | null;
					committed_cents?: number;
					created_at?: string;
					id?: string;
					is_demo?: boolean;
					name: string;
					origin?: string | null;
					paid_cents?: number;
					programme_id?: string | null;
					remaining_cents?: never;
					staff_decision_limit_cents?: number;
					updated_at?: string;
					year: number;
				};
				Update: {
					budget_cents?: number;
					budget_line?: string | null;
					committed_cents?: number;
					created_at?: string;
					id?: string;
					is_demo?: boolean;
					name?: string;
					origin?: string | null;
					paid_cents?: number;
					programme_id?: string | null;
					remaining_cents?: never;
					staff_decision_limit_cents?: number;
					updated_at?: string;
					year?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'own_funds_programme_id_fkey';
						columns: ['programme_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id'];
					}
				];
			};
			partnerships: {
				Row: {
					confirmed_at: string | null;
					description: string | null;
					id: string;
					organisation_id: string;
					partner_organisation_id: string;
					since: string | null;
				};
				Insert: {
					confirmed_at?: string | null;
					description?: string | null;
					id?: string;
					organisation_id: string;
					partner_organisation_id: string;
					since?: string | null;
				};
				Update: {
					confirmed_at?: string | null;
					description?: string | null;
					id?: string;
					organisation_id?: string;
					partner_organisation_id?: string;
					since?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'partnerships_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'partnerships_partner_organisation_id_fkey';
						columns: ['partner_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			payments: {
				Row: {
					amount_cents: number;
					application_id: string;
					created_at: string;
					direction: Database['public']['Enums']['payment_direction'];
					id: string;
					paid_on: string;
					recorded_by: string | null;
					reference: string | null;
					spend_by: string | null;
					updated_at: string;
				};
				Insert: {
					amount_cents: number;
					application_id: string;
					created_at?: string;
					direction?: Database['public']['Enums']['payment_direction'];
					id?: string;
					paid_on: string;
					recorded_by?: string | null;
					reference?: string | null;
					spend_by?: string | null;
					updated_at?: string;
				};
				Update: {
					amount_cents?: number;
					application_id?: string;
					created_at?: string;
					direction?: Database['public']['Enums']['payment_direction'];
					id?: string;
					paid_on?: string;
					recorded_by?: string | null;
					reference?: string | null;
					spend_by?: string | null;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'payments_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: false;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					}
				];
			};
			programmes: {
				Row: {
					created_at: string;
					description: string | null;
					eligible_applicants: Database['public']['Enums']['applicant_kind'][];
					final_report_months: number;
					financing_type: Database['public']['Enums']['financing_type'];
					funder_id: string;
					id: string;
					interim_report_months: number;
					interim_report_rule: Database['public']['Enums']['interim_report_rule'];
					is_demo: boolean;
					max_amount_cents: number | null;
					min_own_share_bp: number;
					mittelabruf_window_weeks: number;
					name: string;
					receipts_retention_years: number;
					region: string | null;
					updated_at: string;
					volunteer_hour_rate_cents: number | null;
					volunteer_hours_count: boolean;
					website: string | null;
				};
				Insert: {
					created_at?: string;
					description?: string | null;
					eligible_applicants?: Database['public']['Enums']['applicant_kind'][];
					final_report_months?: number;
					financing_type: Database['public']['Enums']['financing_type'];
					funder_id: string;
					id?: string;
					interim_report_months?: number;
					interim_report_rule?: Database['public']['Enums']['interim_report_rule'];
					is_demo?: boolean;
					max_amount_cents?: number | null;
					min_own_share_bp?: number;
					mittelabruf_window_weeks?: number;
					name: string;
					receipts_retention_years?: number;
					region?: string | null;
					updated_at?: string;
					volunteer_hour_rate_cents?: number | null;
					volunteer_hours_count?: boolean;
					website?: string | null;
				};
				Update: {
					created_at?: string;
					description?: string | null;
					eligible_applicants?: Database['public']['Enums']['applicant_kind'][];
					final_report_months?: number;
					financing_type?: Database['public']['Enums']['financing_type'];
					funder_id?: string;
					id?: string;
					interim_report_months?: number;
					interim_report_rule?: Database['public']['Enums']['interim_report_rule'];
					is_demo?: boolean;
					max_amount_cents?: number | null;
					min_own_share_bp?: number;
					mittelabruf_window_weeks?: number;
					name?: string;
					receipts_retention_years?: number;
					region?: string | null;
					updated_at?: string;
					volunteer_hour_rate_cents?: number | null;
					volunteer_hours_count?: boolean;
					website?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'programmes_funder_id_fkey';
						columns: ['funder_id'];
						isOneToOne: false;
						referencedRelation: 'funders';
						referencedColumns: ['id'];
					}
				];
			};
			public_locations: {
				Row: {
					accessibility_notes: string | null;
					accessible_toilet: boolean | null;
					address_1: string | null;
					address_2: string | null;
					city: string;
					district: string | null;
					earth: unknown;
					hearing_loop: boolean | null;
					latitude: number | null;
					location_id: string;
					longitude: number | null;
					name: string | null;
					organisation_id: string;
					postal_code: string | null;
					transportation: string | null;
					updated_at: string;
					visibility: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible: boolean | null;
				};
				Insert: {
					accessibility_notes?: string | null;
					accessible_toilet?: boolean | null;
					address_1?: string | null;
					address_2?: string | null;
					city: string;
					district?: string | null;
					earth?: unknown;
					hearing_loop?: boolean | null;
					latitude?: number | null;
					location_id: string;
					longitude?: number | null;
					name?: string | null;
					organisation_id: string;
					postal_code?: string | null;
					transportation?: string | null;
					updated_at?: string;
					visibility: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible?: boolean | null;
				};
				Update: {
					accessibility_notes?: string | null;
					accessible_toilet?: boolean | null;
					address_1?: string | null;
					address_2?: string | null;
					city?: string;
					district?: string | null;
					earth?: unknown;
					hearing_loop?: boolean | null;
					latitude?: number | null;
					location_id?: string;
					longitude?: number | null;
					name?: string | null;
					organisation_id?: string;
					postal_code?: string | null;
					transportation?: string | null;
					updated_at?: string;
					visibility?: Database['public']['Enums']['location_visibility'];
					wheelchair_accessible?: boolean | null;
				};
				Relationships: [
					{
						foreignKeyName: 'public_locations_location_id_fkey';
						columns: ['location_id'];
						isOneToOne: true;
						referencedRelation: 'locations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'public_locations_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			reminder_claims: {
				Row: {
					claimed_at: string;
					id: string;
					job: string;
					key: string;
					organisation_id: string | null;
					recipients: number;
					sent_at: string | null;
				};
				Insert: {
					claimed_at?: string;
					id?: string;
					job: string;
					key: string;
					organisation_id?: string | null;
					recipients?: number;
					sent_at?: string | null;
				};
				Update: {
					claimed_at?: string;
					id?: string;
					job?: string;
					key?: string;
					organisation_id?: string | null;
					recipients?: number;
					sent_at?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'reminder_claims_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			schedule_exceptions: {
				Row: {
					closed: boolean;
					closes_at: string | null;
					description: string | null;
					ends_on: string;
					id: string;
					location_id: string | null;
					opens_at: string | null;
					organisation_id: string;
					service_id: string | null;
					starts_on: string;
				};
				Insert: {
					closed?: boolean;
					closes_at?: string | null;
					description?: string | null;
					ends_on: string;
					id?: string;
					location_id?: string | null;
					opens_at?: string | null;
					organisation_id: string;
					service_id?: string | null;
					starts_on: string;
				};
				Update: {
					closed?: boolean;
					closes_at?: string | null;
					description?: string | null;
					ends_on?: string;
					id?: string;
					location_id?: string | null;
					opens_at?: string | null;
					organisation_id?: string;
					service_id?: string | null;
					starts_on?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'schedule_exceptions_location_id_organisation_id_fkey';
						columns: ['location_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'locations';
						referencedColumns: ['id', 'organisation_id'];
					},
					{
						foreignKeyName: 'schedule_exceptions_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'schedule_exceptions_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
			schedules: {
				Row: {
					appointment_only: boolean;
					closes_at: string;
					description: string | null;
					id: string;
					location_id: string | null;
					opens_at: string;
					organisation_id: string;
					service_id: string | null;
					valid_from: string | null;
					valid_to: string | null;
					weekday: number;
				};
				Insert: {
					appointment_only?: boolean;
					closes_at: string;
					description?: string | null;
					id?: string;
					location_id?: string | null;
					opens_at: string;
					organisation_id: string;
					service_id?: string | null;
					valid_from?: string | null;
					valid_to?: string | null;
					weekday: number;
				};
				Update: {
					appointment_only?: boolean;
					closes_at?: string;
					description?: string | null;
					id?: string;
					location_id?: string | null;
					opens_at?: string;
					organisation_id?: string;
					service_id?: string | null;
					valid_from?: string | null;
					valid_to?: string | null;
					weekday?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'schedules_location_id_organisation_id_fkey';
						columns: ['location_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'locations';
						referencedColumns: ['id', 'organisation_id'];
					},
					{
						foreignKeyName: 'schedules_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'schedules_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
			service_languages: {
				Row: {
					language: string;
					organisation_id: string;
					service_id: string;
				};
				Insert: {
					language: string;
					organisation_id: string;
					service_id: string;
				};
				Update: {
					language?: string;
					organisation_id?: string;
					service_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'service_languages_language_fkey';
						columns: ['language'];
						isOneToOne: false;
						referencedRelation: 'languages';
						referencedColumns: ['code'];
					},
					{
						foreignKeyName: 'service_languages_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
			service_locations: {
				Row: {
					location_id: string;
					organisation_id: string;
					service_id: string;
				};
				Insert: {
					location_id: string;
					organisation_id: string;
					service_id: string;
				};
				Update: {
					location_id?: string;
					organisation_id?: string;
					service_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'service_locations_location_id_organisation_id_fkey';
						columns: ['location_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'locations';
						referencedColumns: ['id', 'organisation_id'];
					},
					{
						foreignKeyName: 'service_locations_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
			service_taxonomy_terms: {
				Row: {
					organisation_id: string;
					service_id: string;
					taxonomy_term_id: string;
				};
				Insert: {
					organisation_id: string;
					service_id: string;
					taxonomy_term_id: string;
				};
				Update: {
					organisation_id?: string;
					service_id?: string;
					taxonomy_term_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'service_taxonomy_terms_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					},
					{
						foreignKeyName: 'service_taxonomy_terms_taxonomy_term_id_fkey';
						columns: ['taxonomy_term_id'];
						isOneToOne: false;
						referencedRelation: 'taxonomy_terms';
						referencedColumns: ['id'];
					}
				];
			};
			services: {
				Row: {
					access_modes: Database['public']['Enums']['access_mode'][];
					anonymous_possible: boolean;
					application_process: string | null;
					appointment_required: boolean;
					created_at: string;
					description: string | null;
					eligibility_description: string | null;
					email: string | null;
					fees_description: string | null;
					free_of_charge: boolean;
					id: string;
					interpreter_on_request: boolean;
					name: string;
					organisation_id: string;
					phone: string | null;
					updated_at: string;
					url: string | null;
				};
				Insert: {
					access_modes?: Database['public']['Enums']['access_mode'][];
					anonymous_possible?: boolean;
					application_process?: string | null;
					appointment_required?: boolean;
					created_at?: string;
					description?: string | null;
					eligibility_description?: string | null;
					email?: string | null;
					fees_description?: string | null;
					free_of_charge?: boolean;
					id?: string;
					interpreter_on_request?: boolean;
					name: string;
					organisation_id: string;
					phone?: string | null;
					updated_at?: string;
					url?: string | null;
				};
				Update: {
					access_modes?: Database['public']['Enums']['access_mode'][];
					anonymous_possible?: boolean;
					application_process?: string | null;
					appointment_required?: boolean;
					created_at?: string;
					description?: string | null;
					eligibility_description?: string | null;
					email?: string | null;
					fees_description?: string | null;
					free_of_charge?: boolean;
					id?: string;
					interpreter_on_request?: boolean;
					name?: string;
					organisation_id?: string;
					phone?: string | null;
					updated_at?: string;
					url?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'services_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			staff: {
				Row: {
					created_at: string;
					role: Database['public']['Enums']['staff_role'];
					user_id: string;
				};
				Insert: {
					created_at?: string;
					role?: Database['public']['Enums']['staff_role'];
					user_id: string;
				};
				Update: {
					created_at?: string;
					role?: Database['public']['Enums']['staff_role'];
					user_id?: string;
				};
				Relationships: [];
			};
			staff_posts: {
				Row: {
					application_id: string | null;
					created_at: string;
					ends_on: string | null;
					fte: number;
					funder_id: string | null;
					funding_source: string | null;
					id: string;
					is_demo: boolean;
					notes: string | null;
					organisation_id: string | null;
					role: string;
					starts_on: string;
					updated_at: string;
				};
				Insert: {
					application_id?: string | null;
					created_at?: string;
					ends_on?: string | null;
					fte: number;
					funder_id?: string | null;
					funding_source?: string | null;
					id?: string;
					is_demo?: boolean;
					notes?: string | null;
					organisation_id?: string | null;
					role: string;
					starts_on: string;
					updated_at?: string;
				};
				Update: {
					application_id?: string | null;
					created_at?: string;
					ends_on?: string | null;
					fte?: number;
					funder_id?: string | null;
					funding_source?: string | null;
					id?: string;
					is_demo?: boolean;
					notes?: string | null;
					organisation_id?: string | null;
					role?: string;
					starts_on?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'staff_posts_application_id_fkey';
						columns: ['application_id'];
						isOneToOne: false;
						referencedRelation: 'applications';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'staff_posts_funder_id_fkey';
						columns: ['funder_id'];
						isOneToOne: false;
						referencedRelation: 'funders';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'staff_posts_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			taxonomy_terms: {
				Row: {
					code: string;
					description_de: string | null;
					description_en: string | null;
					id: string;
					label_de: string;
					label_en: string;
					position: number;
					vocabulary: Database['public']['Enums']['taxonomy_vocabulary'];
				};
				Insert: {
					code: string;
					description_de?: string | null;
					description_en?: string | null;
					id?: string;
					label_de: string;
					label_en: string;
					position?: number;
					vocabulary: Database['public']['Enums']['taxonomy_vocabulary'];
				};
				Update: {
					code?: string;
					description_de?: string | null;
					description_en?: string | null;
					id?: string;
					label_de?: string;
					label_en?: string;
					position?: number;
					vocabulary?: Database['public']['Enums']['taxonomy_vocabulary'];
				};
				Relationships: [];
			};
			translations: {
				Row: {
					field: string;
					id: string;
					language: string;
					organisation_id: string;
					provenance: Database['public']['Enums']['text_provenance'];
					service_id: string | null;
					text: string;
					updated_at: string;
				};
				Insert: {
					field: string;
					id?: string;
					language: string;
					organisation_id: string;
					provenance?: Database['public']['Enums']['text_provenance'];
					service_id?: string | null;
					text: string;
					updated_at?: string;
				};
				Update: {
					field?: string;
					id?: string;
					language?: string;
					organisation_id?: string;
					provenance?: Database['public']['Enums']['text_provenance'];
					service_id?: string | null;
					text?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'translations_language_fkey';
						columns: ['language'];
						isOneToOne: false;
						referencedRelation: 'languages';
						referencedColumns: ['code'];
					},
					{
						foreignKeyName: 'translations_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'translations_service_id_organisation_id_fkey';
						columns: ['service_id', 'organisation_id'];
						isOneToOne: false;
						referencedRelation: 'services';
						referencedColumns: ['id', 'organisation_id'];
					}
				];
			};
		};
		Views: {
			[_ in never]: never;
		};
		Functions: {
			approve_entry_revision: {
				Args: { p_revision: string };
				Returns: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				SetofOptions: {
					from: '*';
					to: 'entry_revisions';
					isOneToOne: true;
					isSetofReturn: false;
				};
			};
			calendar_feed: { Args: { token: string }; Returns: Json };
			confirm_organisation: { Args: { organisation: string }; Returns: string };
			confirm_partnership: { Args: { partnership: string }; Returns: string };
			decline_join_request: {
				Args: { reason: string; request: string };
				Returns: string;
			};
			directory_data_version: {
				Args: Record<PropertyKey, never>;
				Returns: number;
			};
			entry_working_copy: {
				Args: { p_organisation: string };
				Returns: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				SetofOptions: {
					from: '*';
					to: 'entry_revisions';
					isOneToOne: true;
					isSetofReturn: false;
				};
			};
			office_staff_directory: {
				Args: Record<PropertyKey, never>;
				Returns: {
					email: string;
					user_id: string;
				}[];
			};
			open_locations: {
				Args: { at?: string; organisation_slug: string };
				Returns: {
					location_id: string;
					service_id: string;
				}[];
			};
			organisation_member_list: {
				Args: { organisation: string };
				Returns: {
					accepted: boolean;
					email: string;
					invited_at: string;
					role: Database['public']['Enums']['member_role'];
					user_id: string;
				}[];
			};
			reject_entry_revision: {
				Args: { p_reason: string; p_revision: string };
				Returns: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				SetofOptions: {
					from: '*';
					to: 'entry_revisions';
					isOneToOne: true;
					isSetofReturn: false;
				};
			};
			report_applications: {
				Args: {
					from_year: number;
					funder?: string;
					group_by: string;
					kind?: Database['public']['Enums']['organisation_kind'];
					level?: Database['public']['Enums']['funder_level'];
					programme?: string;
					role?: Database['public']['Enums']['office_role'];
					to_year: number;
					topic?: string;
				};
				Returns: {
					applications: number;
					decided: number;
					granted_cents: number;
					key: string;
					label: string;
					own_contribution_cents: number;
					paid_cents: number;
					requested_cents: number;
					successful: number;
					with_office_cents: number;
				}[];
			};
			report_inquiry: {
				Args: { from_year: number; to_year: number };
				Returns: {
					counselling_services: number;
					granted_cents: number;
					grants_won: number;
					network_organisations: number;
					organisations_supported: number;
					paid_cents: number;
					with_office_cents: number;
				}[];
			};
			report_own_funds: {
				Args: { from_year: number; to_year: number };
				Returns: {
					budget_cents: number;
					committed_cents: number;
					grants: number;
					name: string;
					own_fund_id: string;
					paid_cents: number;
					remaining_cents: number;
					year: number;
				}[];
			};
			report_pipeline: {
				Args: {
					from_year: number;
					funder?: string;
					kind?: Database['public']['Enums']['organisation_kind'];
					level?: Database['public']['Enums']['funder_level'];
					programme?: string;
					role?: Database['public']['Enums']['office_role'];
					to_year: number;
					topic?: string;
				};
				Returns: {
					applications: number;
					stage: string;
					step: number;
				}[];
			};
			report_sources: {
				Args: { from_year: number; to_year: number };
				Returns: {
					fte: number;
					funder_level: Database['public']['Enums']['funder_level'];
					granted_cents: number;
					grants: number;
					paid_cents: number;
					posts: number;
					source_key: string;
					source_label: string;
					year: number;
				}[];
			};
			save_entry_section: {
				Args: {
					p_expected_version: number;
					p_revision: string;
					p_section: string;
					p_value: Json;
				};
				Returns: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				SetofOptions: {
					from: '*';
					to: 'entry_revisions';
					isOneToOne: true;
					isSetofReturn: false;
				};
			};
			search_directory: {
				Args: {
					access_modes?: Database['public']['Enums']['access_mode'][];
					anonymous_possible?: boolean;
					at?: string;
					counselling_types?: string[];
					discrimination_grounds?: string[];
					free_of_charge?: boolean;
					kinds?: Database['public']['Enums']['organisation_kind'][];
					languages?: string[];
					life_areas?: string[];
					near_latitude?: number;
					near_longitude?: number;
					network?: string;
					open_now?: boolean;
					page_limit?: number;
					page_offset?: number;
					q?: string;
					radius_m?: number;
					understand?: boolean;
					wheelchair_accessible?: boolean;
				};
				Returns: {
					description: string;
					distance_m: number;
					email: string;
					is_open_now: boolean;
					kind: Database['public']['Enums']['organisation_kind'];
					locations: Json;
					name: string;
					organisation_id: string;
					phone: string;
					rank: number;
					services: Json;
					short_name: string;
					slug: string;
					total_count: number;
					website: string;
				}[];
			};
			search_directory_points: {
				Args: {
					access_modes?: Database['public']['Enums']['access_mode'][];
					anonymous_possible?: boolean;
					at?: string;
					counselling_types?: string[];
					discrimination_grounds?: string[];
					free_of_charge?: boolean;
					kinds?: Database['public']['Enums']['organisation_kind'][];
					languages?: string[];
					life_areas?: string[];
					near_latitude?: number;
					near_longitude?: number;
					network?: string;
					open_now?: boolean;
					q?: string;
					radius_m?: number;
					understand?: boolean;
					wheelchair_accessible?: boolean;
				};
				Returns: Json;
			};
			set_organisation_status: {
				Args: {
					organisation: string;
					status: Database['public']['Enums']['publication_status'];
				};
				Returns: Database['public']['Enums']['publication_status'];
			};
			submit_entry_revision: {
				Args: { p_revision: string };
				Returns: {
					base: NonNullable<Json>;
					created_at: string;
					created_by: string | null;
					decided_at: string | null;
					decided_by: string | null;
					decision_reason: string | null;
					id: string;
					organisation_id: string;
					proposed: NonNullable<Json>;
					status: Database['public']['Enums']['revision_status'];
					submitted_at: string | null;
					updated_at: string;
					updated_by: string | null;
					version: number;
				};
				SetofOptions: {
					from: '*';
					to: 'entry_revisions';
					isOneToOne: true;
					isSetofReturn: false;
				};
			};
			understand_directory_query: { Args: { q: string }; Returns: Json };
		};
		Enums: {
			access_mode: 'in_person' | 'phone' | 'video' | 'chat' | 'outreach';
			activity_kind:
				| 'created'
				| 'status_changed'
				| 'edited'
				| 'decision'
				| 'payment'
				| 'obligation'
				| 'document'
				| 'note'
				| 'mail';
			applicant_kind:
				| 'registered_association'
				| 'non_profit_company'
				| 'unregistered_initiative'
				| 'migrant_organisation'
				| 'religious_community'
				| 'public_body'
				| 'foundation';
			application_document_kind: 'proposal' | 'decision' | 'report' | 'other';
			application_status:
				| 'idea'
				| 'drafting'
				| 'submitted'
				| 'more_information_requested'
				| 'approved'
				| 'partly_approved'
				| 'rejected'
				| 'withdrawn'
				| 'in_progress'
				| 'final_report_submitted'
				| 'closed'
				| 'clawback';
			calendar_feed_scope: 'person' | 'organisation';
			deadline_kind: 'obligation' | 'call';
			deadline_type: 'fixed' | 'rolling' | 'per_round';
			decision_body: 'funder' | 'office' | 'committee';
			decision_outcome: 'approved' | 'partly_approved' | 'rejected';
			financing_type: 'anteil' | 'fehlbedarf' | 'festbetrag' | 'voll';
			funder_level: 'eu' | 'bund' | 'land' | 'kommune' | 'foundation' | 'lottery';
			interim_report_rule: 'yearly' | 'half_yearly' | 'none';
			join_request_status: 'open' | 'accepted' | 'declined';
			location_visibility: 'exact' | 'approximate' | 'district_only' | 'on_request';
			member_role: 'owner' | 'editor';
			network_role: 'steering_group' | 'member' | 'partner';
			obligation_kind:
				'mittelabruf' | 'zwischennachweis' | 'verwendungsnachweis' | 'receipts_retention';
			office_role: 'advised' | 'co_wrote' | 'partner' | 'none';
			organisation_kind:
				'migrant_organisation' | 'counselling_service' | 'initiative' | 'public_body' | 'network';
			payment_direction: 'payout' | 'repayment';
			publication_status: 'draft' | 'published' | 'archived';
			revision_status: 'open' | 'submitted' | 'approved' | 'rejected' | 'withdrawn';
			staff_role: 'office_admin' | 'office_staff';
			taxonomy_vocabulary:
				'discrimination_grounds' | 'counselling_types' | 'target_groups' | 'topics' | 'life_areas';
			text_provenance: 'written_by_organisation' | 'translated_by_person' | 'machine_translated';
		};
		CompositeTypes: {
			[_ in never]: never;
		};
	};
};

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>;

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, 'public'>];

export type Tables<
	DefaultSchemaTableNameOrOptions extends
		| keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
		| { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
				DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
			DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
			Row: infer R;
		}
		? R
		: never
	: DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
		? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
				Row: infer R;
			}
			? R
			: never
		: never;

export type TablesInsert<
	DefaultSchemaTableNameOrOptions extends
		keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
			Insert: infer I;
		}
		? I
		: never
	: DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
		? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
				Insert: infer I;
			}
			? I
			: never
		: never;

export type TablesUpdate<
	DefaultSchemaTableNameOrOptions extends
		keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
			Update: infer U;
		}
		? U
		: never
	: DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
		? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
				Update: infer U;
			}
			? U
			: never
		: never;

export type Enums<
	DefaultSchemaEnumNameOrOptions extends
		keyof DefaultSchema['Enums'] | { schema: keyof DatabaseWithoutInternals },
	EnumName extends (DefaultSchemaEnumNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
		: never) = never
> = DefaultSchemaEnumNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
	: DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
		? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
		: never;

export type CompositeTypes<
	PublicCompositeTypeNameOrOptions extends
		keyof DefaultSchema['CompositeTypes'] | { schema: keyof DatabaseWithoutInternals },
	CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
		: never) = never
> = PublicCompositeTypeNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
	: PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
		? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
		: never;

export const Constants = {
	public: {
		Enums: {
			access_mode: ['in_person', 'phone', 'video', 'chat', 'outreach'],
			activity_kind: [
				'created',
				'status_changed',
				'edited',
				'decision',
				'payment',
				'obligation',
				'document',
				'note',
				'mail'
			],
			applicant_kind: [
				'registered_association',
				'non_profit_company',
				'unregistered_initiative',
				'migrant_organisation',
				'religious_community',
				'public_body',
				'foundation'
			],
			application_document_kind: ['proposal', 'decision', 'report', 'other'],
			application_status: [
				'idea',
				'drafting',
				'submitted',
				'more_information_requested',
				'approved',
				'partly_approved',
				'rejected',
				'withdrawn',
				'in_progress',
				'final_report_submitted',
				'closed',
				'clawback'
			],
			calendar_feed_scope: ['person', 'organisation'],
			deadline_kind: ['obligation', 'call'],
			deadline_type: ['fixed', 'rolling', 'per_round'],
			decision_body: ['funder', 'office', 'committee'],
			decision_outcome: ['approved', 'partly_approved', 'rejected'],
			financing_type: ['anteil', 'fehlbedarf', 'festbetrag', 'voll'],
			funder_level: ['eu', 'bund', 'land', 'kommune', 'foundation', 'lottery'],
			interim_report_rule: ['yearly', 'half_yearly', 'none'],
			join_request_status: ['open', 'accepted', 'declined'],
			location_visibility: ['exact', 'approximate', 'district_only', 'on_request'],
			member_role: ['owner', 'editor'],
			network_role: ['steering_group', 'member', 'partner'],
			obligation_kind: [
				'mittelabruf',
				'zwischennachweis',
				'verwendungsnachweis',
				'receipts_retention'
			],
			office_role: ['advised', 'co_wrote', 'partner', 'none'],
			organisation_kind: [
				'migrant_organisation',
				'counselling_service',
				'initiative',
				'public_body',
				'network'
			],
			payment_direction: ['payout', 'repayment'],
			publication_status: ['draft', 'published', 'archived'],
			revision_status: ['open', 'submitted', 'approved', 'rejected', 'withdrawn'],
			staff_role: ['office_admin', 'office_staff'],
			taxonomy_vocabulary: [
				'discrimination_grounds',
				'counselling_types',
				'target_groups',
				'topics',
				'life_areas'
			],
			text_provenance: ['written_by_organisation', 'translated_by_person', 'machine_translated']
		}
	}
} as const;
