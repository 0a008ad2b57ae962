// Spectral custom function: checks the schedkit envelope/unwrap convention.
//
// Must be run with `resolved: false` on the document root (`given: $`), because it
// needs to see the `$ref` names of response schemas.
//
// Rules enforced:
//  * An operation whose 2xx JSON response schema is a `$ref` to a component named
//    `*Envelope` must declare `x-schedkit-unwrap`.
//  * `x-schedkit-unwrap` may only appear on operations that return an `*Envelope`.
//  * `x-schedkit-unwrap` must be `{property: data, model: X}` or `{property: data, listOf: X}`
//    (exactly one of `model` / `listOf`).
//  * The referenced envelope must exist, carry `x-internal: true`, and have a
//    `required` list with `data` and `errors`.
//  * `model: X` requires the envelope's `data` to be `$ref: '#/components/schemas/X'`
//    (optionally wrapped in a single-element `allOf`).
//  * `listOf: X` requires the envelope's `data` to be `type: array` with
//    `items: {$ref: '#/components/schemas/X'}`.

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const SCHEMA_PREFIX = '#/components/schemas/';
const RESPONSE_PREFIX = '#/components/responses/';

function refName(ref, prefix = SCHEMA_PREFIX) {
  if (typeof ref !== 'string' || !ref.startsWith(prefix)) return undefined;
  return decodeURIComponent(ref.slice(prefix.length).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function schemaRefName(schema) {
  if (!schema || typeof schema !== 'object') return undefined;
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return schemaRefName(schema.allOf[0]);
  return undefined;
}

export default function unwrapConsistency(doc) {
  const results = [];
  if (!doc || typeof doc !== 'object') return results;
  const schemas = (doc.components && doc.components.schemas) || {};
  const sharedResponses = (doc.components && doc.components.responses) || {};

  for (const [pathKey, pathItem] of Object.entries(doc.paths || {})) {
    if (!pathItem || typeof pathItem !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (!op || typeof op !== 'object') continue;
      const opPath = ['paths', pathKey, method];
      const opName = op.operationId || `${method.toUpperCase()} ${pathKey}`;

      // Collect the envelope schemas returned by 2xx responses.
      const envelopes = [];
      for (const [code, rawResponse] of Object.entries(op.responses || {})) {
        if (!/^2/.test(code)) continue;
        let response = rawResponse;
        const sharedName = response && refName(response.$ref, RESPONSE_PREFIX);
        if (sharedName) response = sharedResponses[sharedName];
        for (const [mediaType, media] of Object.entries((response && response.content) || {})) {
          const name = media && media.schema && refName(media.schema.$ref);
          if (name && name.endsWith('Envelope')) {
            envelopes.push({ name, path: [...opPath, 'responses', code, 'content', mediaType, 'schema'] });
          }
        }
      }

      const unwrap = op['x-schedkit-unwrap'];
      if (unwrap === undefined) {
        for (const env of envelopes) {
          results.push({
            message: `${opName}: it returns envelope "${env.name}" but has no x-schedkit-unwrap.`,
            path: env.path,
          });
        }
        continue;
      }

      const unwrapPath = [...opPath, 'x-schedkit-unwrap'];
      if (envelopes.length === 0) {
        results.push({
          message: `${opName}: it has x-schedkit-unwrap but returns no *Envelope schema in a 2xx response.`,
          path: unwrapPath,
        });
        continue;
      }
      if (!unwrap || typeof unwrap !== 'object' || Array.isArray(unwrap)) {
        results.push({ message: `${opName}: x-schedkit-unwrap must be an object.`, path: unwrapPath });
        continue;
      }
      const allowedKeys = ['property', 'model', 'listOf'];
      for (const key of Object.keys(unwrap)) {
        if (!allowedKeys.includes(key)) {
          results.push({
            message: `${opName}: x-schedkit-unwrap has unknown key "${key}". The allowed keys are ${allowedKeys.join(', ')}.`,
            path: [...unwrapPath, key],
          });
        }
      }
      if (unwrap.property !== 'data') {
        results.push({
          message: `${opName}: x-schedkit-unwrap.property must be "data".`,
          path: [...unwrapPath, 'property'],
        });
      }
      const hasModel = typeof unwrap.model === 'string' && unwrap.model.length > 0;
      const hasListOf = typeof unwrap.listOf === 'string' && unwrap.listOf.length > 0;
      if (hasModel === hasListOf) {
        results.push({
          message: `${opName}: x-schedkit-unwrap must have exactly one of "model" or "listOf" (a schema name).`,
          path: unwrapPath,
        });
        continue;
      }
      const target = hasModel ? unwrap.model : unwrap.listOf;
      if (!schemas[target]) {
        results.push({
          message: `${opName}: x-schedkit-unwrap refers to "${target}", which is not a component schema.`,
          path: [...unwrapPath, hasModel ? 'model' : 'listOf'],
        });
      }

      for (const env of envelopes) {
        const envSchema = schemas[env.name];
        if (!envSchema) {
          results.push({ message: `${opName}: envelope schema "${env.name}" does not exist.`, path: env.path });
          continue;
        }
        const envPath = ['components', 'schemas', env.name];
        if (envSchema['x-internal'] !== true) {
          results.push({ message: `Envelope "${env.name}" must have x-internal: true.`, path: envPath });
        }
        const required = Array.isArray(envSchema.required) ? envSchema.required : [];
        if (!required.includes('data') || !required.includes('errors')) {
          results.push({ message: `Envelope "${env.name}" must list "data" and "errors" as required.`, path: envPath });
        }
        const data = envSchema.properties && envSchema.properties[unwrap.property || 'data'];
        if (!data) {
          results.push({ message: `Envelope "${env.name}" has no "${unwrap.property}" property.`, path: envPath });
          continue;
        }
        if (hasModel) {
          const actual = schemaRefName(data);
          if (actual !== target) {
            results.push({
              message: `${opName}: x-schedkit-unwrap.model is "${target}" but envelope "${env.name}".data is ${actual ? `"${actual}"` : 'not a schema $ref'}.`,
              path: [...unwrapPath, 'model'],
            });
          }
        } else {
          const actual = data.type === 'array' ? schemaRefName(data.items) : undefined;
          if (actual !== target) {
            results.push({
              message: `${opName}: x-schedkit-unwrap.listOf is "${target}" but envelope "${env.name}".data is ${actual ? `an array of "${actual}"` : 'not an array of a schema $ref'}.`,
              path: [...unwrapPath, 'listOf'],
            });
          }
        }
      }
    }
  }
  return results;
}
