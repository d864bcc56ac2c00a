import { createHash } from 'node:crypto';
import { VideoLinkProvider, VideoRoomRequest } from './video-link.provider';

/**
 * Jitsi-style rooms: `<base>/<room>` where the room name is derived from the session, not guessable from
 * its id alone (a hash over tenant and session), so links stay stable across reschedules.
 */
export class JitsiVideoLinkProvider implements VideoLinkProvider {
  constructor(private readonly defaultBaseUrl: string) {}

  roomUrl(request: VideoRoomRequest): Promise<string> {
    const base = (request.tenantBaseUrl ?? this.defaultBaseUrl).replace(/\/+$/, '');
    const digest = createHash('sha256').update(`${request.tenantId}/${request.sessionId}`).digest('hex');
    return Promise.resolve(`${base}/MentorMesh-${digest.slice(0, 20)}`);
  }
}
