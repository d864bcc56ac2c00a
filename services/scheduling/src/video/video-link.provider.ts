/** What a video provider needs to open a room for a session. */
export interface VideoRoomRequest {
  readonly tenantId: string;
  readonly sessionId: string;
  /** The tenant's configured base URL, when it has one (e.g. its own Jitsi). */
  readonly tenantBaseUrl: string | null;
}

/**
 * Gives a video session its join link. The default builds a room URL from a Jitsi-style base URL;
 * Microsoft Teams or Zoom adapters implement the same interface.
 */
export interface VideoLinkProvider {
  roomUrl(request: VideoRoomRequest): Promise<string>;
}

export const VIDEO_LINK_PROVIDER = Symbol('VIDEO_LINK_PROVIDER');
