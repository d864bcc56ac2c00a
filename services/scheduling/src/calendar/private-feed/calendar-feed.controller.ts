import { Controller, Get, Header, Param } from '@nestjs/common';
import { Public } from '@mentormesh/auth';
import { NotFoundError } from '@mentormesh/graphql';
import { CalendarFeedService } from './calendar-feed.service';

/** `GET /calendar/<token>.ics`: the secret token in the URL is the credential (calendar apps send no headers). */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    if (!file.endsWith('.ics')) throw new NotFoundError('calendar feed', 'token');
    return this.feeds.feed(file.slice(0, -'.ics'.length));
  }
}
