import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { SchedulingConfig } from '../config';
import { JitsiVideoLinkProvider } from './jitsi-video-link.provider';
import { VIDEO_LINK_PROVIDER } from './video-link.provider';

@Module({
  providers: [
    {
      provide: VIDEO_LINK_PROVIDER,
      inject: [APP_CONFIG],
      useFactory: (config: SchedulingConfig) => new JitsiVideoLinkProvider(config.VIDEO_BASE_URL),
    },
  ],
  exports: [VIDEO_LINK_PROVIDER],
})
export class VideoModule {}
