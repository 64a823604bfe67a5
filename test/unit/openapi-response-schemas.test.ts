import { openApiDocument } from '../../api/openapi';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const document = openApiDocument('http://127.0.0.1') as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const resolve = (schema: Schema): Schema => {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = document.components.schemas[ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`unresolved ${ref}`);
  return target;
};

/** Every place below `schema` that is an object with nothing said about its members: `{ type: 'object' }`. */
function bareObjects(schema: Schema, at: string): string[] {
  const resolved = resolve(schema);
  const own = resolved.type === 'object' && !resolved.properties && !resolved.additionalProperties && !resolved.patternProperties ? [at] : [];
  const children: [string, Schema][] = [];
  for (const [name, property] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>)) children.push([`${at}.${name}`, property]);
  if (resolved.items && typeof resolved.items === 'object') children.push([`${at}[]`, resolved.items as Schema]);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const [index, member] of ((resolved[key] ?? []) as Schema[]).entries()) children.push([`${at}|${index}`, member]);
  }
  return [...own, ...children.flatMap(([path, child]) => bareObjects(child, path))];
}

/** Issue 12: the console is generated from this document, so every answer it reads must be described exactly. */
describe('the OpenAPI document’s answers', () => {
  const answers = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      Object.entries(operation.responses)
        .filter(([status]) => /^2\d\d$/.test(status))
        .map(([status, response]) => ({ name: `${method.toUpperCase()} ${path} ${status}`, schema: response.content?.['application/json']?.schema })),
    ),
  );

  it('describes every 2xx JSON answer by a schema that names its members', () => {
    const problems = answers.flatMap(({ name, schema }) => {
      if (schema === undefined) return [];
      const resolved = resolve(schema);
      if (Object.keys(resolved).length === 0) return [`${name}: empty schema`];
      return bareObjects(schema, name).map((at) => `${at}: { type: 'object' } without properties`);
    });
    expect(problems).toEqual([]);
    // Not vacuous: the dossier, lists, inbox, board, statistics and the new endpoints are all there.
    const described = answers.filter((answer) => answer.schema).map((answer) => answer.name);
    expect(described).toEqual(
      expect.arrayContaining([
        'GET /api/v1/dossiers/{id} 200',
        'GET /api/v1/dossiers 200',
        'GET /api/v1/dossiers/{id}/documents 200',
        'GET /api/v1/dossiers/{id}/history 200',
        'GET /api/v1/inbox 200',
        'GET /api/v1/overdue 200',
        'GET /api/v1/stats 200',
        'GET /api/v1/verify/{code} 200',
        'GET /api/v1/dev/users 200',
        'POST /api/v1/dev/session 201',
        'GET /api/v1/auth/config 200',
        'GET /api/v1/me 200',
        'POST /api/v1/dossiers/{id}/actions/submit 200',
      ]),
    );
  });

  it('describes the dossier with what the caller may do and each deadline’s countdown', () => {
    const dossier = document.components.schemas.Dossier as { properties: Record<string, Schema>; required: string[] };
    expect(dossier.required).toEqual(expect.arrayContaining(['availableActions', 'deadlines', 'timeline', 'documents', 'version']));
    const action = (dossier.properties.availableActions as { items: { properties: object } }).items;
    expect(Object.keys(action.properties)).toEqual(['action', 'title', 'bodySchema']);
    const deadline = (dossier.properties.deadlines as { items: { properties: object } }).items;
    expect(Object.keys(deadline.properties)).toEqual(expect.arrayContaining(['dueAt', 'workingDaysLeft', 'overdueWorkingDays']));
  });

  it('says the dossier’s ETag, and the 412 an action with a stale If-Match gets', () => {
    const read = document.paths['/api/v1/dossiers/{id}']?.get as unknown as { responses: Record<string, { headers?: object }> };
    expect(read.responses['200']?.headers).toHaveProperty('ETag');
    const act = document.paths['/api/v1/dossiers/{id}/actions/submit']?.post as unknown as {
      parameters: { name: string }[];
      responses: Record<string, { headers?: object }>;
    };
    expect(act.parameters.map((parameter) => parameter.name)).toContain('If-Match');
    expect(act.responses['200']?.headers).toHaveProperty('ETag');
    expect(act.responses).toHaveProperty('412');
  });
});
