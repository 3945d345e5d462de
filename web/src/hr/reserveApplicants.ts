/**
 * A reserve entry names its application, not the person. The applicants' names and application numbers are
 * read in one request, one aliased `application` field per entry. Built at run time (so not typed by codegen).
 */
export function reserveApplicantsQuery(applicationIds: string[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  applicationIds.forEach((id, i) => {
    variables[`id${i}`] = id;
    declarations.push(`$id${i}: ID!`);
    fields.push(`a${i}: application(id: $id${i}) { id number snapshot { applicantName } }`);
  });
  return { query: `query ReserveApplicants(${declarations.join(', ')}) { ${fields.join(' ')} }`, variables };
}

export interface ReserveApplicant {
  id: string;
  number: string;
  snapshot: { applicantName: string } | null;
}

/** The answer by application id. */
export function applicantsById(data: Record<string, ReserveApplicant | null>): Map<string, ReserveApplicant> {
  const byId = new Map<string, ReserveApplicant>();
  for (const applicant of Object.values(data)) {
    if (applicant) byId.set(applicant.id.toLowerCase(), applicant);
  }
  return byId;
}
