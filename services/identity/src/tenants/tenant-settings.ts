import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';

export const SESSION_LENGTHS = [5, 10, 15, 20, 30, 45, 60] as const;

/** How an organization runs micro-mentoring; stored as the tenant's settings JSON. */
export interface MentoringSettings {
  readonly sessionLengths: number[];
  readonly maxSessionsPerMentorPerWeek: number;
  readonly crossDepartmentMatching: boolean;
  readonly selfDeclaredSkills: boolean;
}

export const DEFAULT_MENTORING_SETTINGS: MentoringSettings = {
  sessionLengths: [15, 30],
  maxSessionsPerMentorPerWeek: 3,
  crossDepartmentMatching: true,
  selfDeclaredSkills: true,
};

/** The stored JSON with defaults for anything missing (older rows, fields added later). */
export function mentoringSettingsOf(stored: object): MentoringSettings {
  return { ...DEFAULT_MENTORING_SETTINGS, ...(stored as Partial<MentoringSettings>) };
}

@ObjectType('MentoringSettings')
export class MentoringSettingsModel implements MentoringSettings {
  @Field(() => [Int], { description: 'Session lengths in minutes the organization offers' })
  sessionLengths!: number[];

  @Field(() => Int)
  maxSessionsPerMentorPerWeek!: number;

  @Field({ description: 'Whether matching may pair people across departments' })
  crossDepartmentMatching!: boolean;

  @Field({ description: 'Whether employees may declare their own skills' })
  selfDeclaredSkills!: boolean;
}

@InputType()
export class MentoringSettingsInput implements MentoringSettings {
  @Field(() => [Int])
  @ArrayMinSize(1)
  @ArrayMaxSize(SESSION_LENGTHS.length)
  @IsIn(SESSION_LENGTHS, { each: true, message: `must be among ${SESSION_LENGTHS.join(', ')}` })
  sessionLengths!: number[];

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(50)
  maxSessionsPerMentorPerWeek!: number;

  @Field()
  @IsBoolean()
  crossDepartmentMatching!: boolean;

  @Field()
  @IsBoolean()
  selfDeclaredSkills!: boolean;
}
