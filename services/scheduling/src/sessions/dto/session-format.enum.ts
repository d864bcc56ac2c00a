import { registerEnumType } from '@nestjs/graphql';

/** How a session takes place; the same names matching uses for the formats a mentor offers. */
export enum SessionFormat {
  VIDEO_CALL = 'VIDEO_CALL',
  IN_PERSON = 'IN_PERSON',
  CHAT = 'CHAT',
  ASYNC = 'ASYNC',
}

registerEnumType(SessionFormat, { name: 'SessionFormat' });
