/** Cross-department component, 0 or 1: both departments known and different. */
export function crossDepartmentFit(mentorDepartment: string | null, menteeDepartment: string | null): number {
  return mentorDepartment !== null && menteeDepartment !== null && mentorDepartment !== menteeDepartment
    ? 1
    : 0;
}
