import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { MountedService } from '../gateway.ts';
import { verifyJwt } from '../jwt.ts';
import type { Mailbox, StoredMail } from './mailer.ts';

export type MailboxAccess = {
	/** The installation's JWT secret: the service-role key is a JWT signed with it. */
	jwtSecret: string;
	/** No key needed: set by `npm run dev` and by `npm start` with the demo (stack/cli.ts). */
	open: boolean;
	/** Resolves when mail still being sent has been written. */
	settled: () => Promise<void>;
};

const COOKIE = 'mailbox_session';
const MAX_FORM_BYTES = 16 * 1024;

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

function signInPage(refused: boolean): string {
	return page(
		'Dev mailbox: sign in',
		`<h1>Dev mailbox</h1>
<p>The mailbox holds sign-in links, so it needs this installation's service-role key
(<code>npm run stack</code> prints the keys; they are kept in <code>.local/stack/secrets.json</code>).</p>
${refused ? '<p role="alert"><strong>That is not the service-role key.</strong></p>' : ''}
<form method="post" action="/mailbox/sign-in">
<p><label for="key">Service-role key</label><br>
<input id="key" name="key" type="password" autocomplete="off" required size="60"></p>
<p><button type="submit">Open the mailbox</button></p>
</form>`
	);
}

function send(
	response: http.ServerResponse,
	status: number,
	type: string,
	body: string,
	headers: Record<string, string> = {}
) {
	response.writeHead(status, {
		'content-type': `${type}; charset=utf-8`,
		'cache-control': 'no-store',
		// Mails are rendered from our own templates, but the page never needs scripts or frames.
		'content-security-policy':
			"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		...headers
	});
	response.end(body);
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What the session cookie holds: derived from the secret, so it is not the key itself. */
const sessionToken = (jwtSecret: string) =>
	createHmac('sha256', jwtSecret).update('dev mailbox session').digest('base64url');

function sameText(given: string, expected: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

const isServiceRoleKey = (key: string, jwtSecret: string) =>
	verifyJwt(key, jwtSecret)?.role === 'service_role';

/** The service-role key in `apikey` or `Authorization: Bearer`, or the session cookie. */
function mayRead(request: http.IncomingMessage, access: MailboxAccess): boolean {
	if (access.open) return true;
	const bearer = /^bearer (.+)$/i.exec(single(request.headers.authorization) ?? '')?.[1];
	const key = single(request.headers.apikey) ?? bearer;
	if (key) return isServiceRoleKey(key.trim(), access.jwtSecret);
	const cookie = (single(request.headers.cookie) ?? '')
		.split(';')
		.map((part) => part.trim().split('='))
		.find(([name]) => name === COOKIE)?.[1];
	return cookie !== undefined && sameText(cookie, sessionToken(access.jwtSecret));
}

function readForm(request: http.IncomingMessage): Promise<URLSearchParams | null> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_FORM_BYTES) chunks.push(chunk);
		});
		request.once('end', () =>
			resolve(size > MAX_FORM_BYTES ? null : new URLSearchParams(Buffer.concat(chunks).toString()))
		);
		request.once('error', () => resolve(null));
	});
}

/** POST /mailbox/sign-in: the key from the form; a cookie for this browser when it is right. */
async function signIn(
	request: http.IncomingMessage,
	response: http.ServerResponse,
	access: MailboxAccess
) {
	const key = (await readForm(request))?.get('key')?.trim() ?? '';
	if (!isServiceRoleKey(key, access.jwtSecret)) {
		send(response, 401, 'text/html', signInPage(true));
		return;
	}
	send(response, 303, 'text/plain', 'See /mailbox', {
		location: '/mailbox',
		'set-cookie': `${COOKIE}=${sessionToken(access.jwtSecret)}; Path=/mailbox; HttpOnly; SameSite=Strict`
	});
}

/**
 * The dev mailbox over HTTP, like the Supabase CLI's Inbucket/Mailpit: `/mailbox` (HTML) and
 * `/mailbox/api/messages?to=<email>` (JSON). `path` is the request path after `/mailbox`. The
 * mails hold sign-in links, so reading them needs the service-role key (header, or the cookie
 * the sign-in form sets) unless the stack opened it (`npm run dev`, the demo).
 */
export function mailboxHandler(mailbox: Mailbox, access: MailboxAccess): MountedService {
	return (request, response, path) => {
		const url = new URL(request.url ?? '/', 'http://mailbox');
		const serve = async () => {
			if (request.method === 'POST' && path === '/sign-in') {
				await signIn(request, response, access);
			} else if (request.method !== 'GET' && request.method !== 'HEAD') {
				send(response, 405, 'text/plain', 'Method not allowed');
			} else if (!mayRead(request, access)) {
				if (path === '/api/messages')
					send(
						response,
						401,
						'application/json',
						JSON.stringify({ message: 'The dev mailbox needs the service-role key' })
					);
				else send(response, 401, 'text/html', signInPage(false));
			} else if (path === '/api/messages') {
				await access.settled();
				const mails = await mailbox.list(url.searchParams.get('to') ?? undefined);
				send(response, 200, 'application/json', JSON.stringify(mails));
			} else if (path === '/' || path === '') {
				await access.settled();
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
