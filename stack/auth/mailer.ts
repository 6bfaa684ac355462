// One implementation of mail transport for the stack and the app (see the file for why it lives there).
export * from '../../src/lib/server/mail/transport.ts';
