import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('EmployeeDataExport', {
  description: 'GDPR: everything identity holds on one employee, as JSON documents per kind of data',
})
export class EmployeeDataExportModel {
  @Field(() => ID)
  employeeId!: string;

  @Field()
  exportedAt!: Date;

  @Field({ description: 'The employee record, every stored column (JSON)' })
  employee!: string;

  @Field({ description: 'Skills with level and source (JSON array)' })
  skills!: string;

  @Field(() => [ID], { description: 'Employees who have this person as their manager' })
  directReportIds!: string[];

  @Field({ description: 'Integration tokens this person created (JSON array, never the secrets)' })
  integrationTokensCreated!: string;
}
