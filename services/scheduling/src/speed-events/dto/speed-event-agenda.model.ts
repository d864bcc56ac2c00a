import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SpeedEventPairingModel } from './speed-event-pairing.model';

@ObjectType('SpeedEventAgenda', { description: 'Your rounds at a speed-mentoring event' })
export class SpeedEventAgendaModel {
  @Field(() => ID)
  eventId!: string;

  @Field()
  name!: string;

  @Field()
  timeZone!: string;

  @Field(() => [SpeedEventPairingModel], { description: 'Your meetings, in round order' })
  rounds!: SpeedEventPairingModel[];

  @Field({ description: 'The agenda as an iCalendar document (METHOD:PUBLISH)' })
  ics!: string;
}
