// Spectral custom function: checks the schedkit envelope/unwrap convention.
//
// Must be run with `resolved: false` on the document root (`given: $`), because it
// needs to see the `$ref` names of response schemas.
//
// Options (both optional):
//  * property     – the one member name every envelope must unwrap (Jicoo: `data`). When it is
//                   not set, each envelope names its own member (Cronofy: `calendars`, `account`…).
//  * alsoRequired – required envelope members that are NOT the unwrapped one (Jicoo: `errors`).
//
// Rules enforced:
//  * An operation whose 2xx JSON response schema is a `$ref` to a component named
//    `*Envelope` must declare `x-schedkit-unwrap`.
//  * `x-schedkit-unwrap` may only appear on operations that return an `*Envelope`.
//  * `x-schedkit-unwrap` must be `{property: P, model: X}` or `{property: P, listOf: X}`
//    (exactly one of `model` / `listOf`).
//  * The referenced envelope must exist, carry `x-internal: true` and be `anyOf` exactly two
//    schemas: a `$ref` to the wrapped form, and the bare form (the unwrapped model, or an array
//    of it), because the APIs document both and the SDK accepts both.
//  * The wrapped form must exist and carry `x-internal: true`. Its `required` list must hold
//    every `alsoRequired` member plus exactly one other member: the unwrapped member, which
//    must equal `x-schedkit-unwrap.property` (and the `property` option, when set). Other,
//    optional members are allowed (Cronofy adds `sub` to some envelopes); the SDK keeps them
//    on the response's envelope.
//  * `model: X` requires the wrapped form's member and the bare form to be
//    `$ref: '#/components/schemas/X'` (optionally wrapped in a single-element `allOf`).
//  * `listOf: X` requires both to be `type: array` with `items: {$ref: '#/components/schemas/X'}`.

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

// The model a schema holds: `{model: X, list: false}` for a $ref to X, `{model: X, list: true}`
// for an array of $refs to X, `{}` for anything else.
function shapeOf(schema) {
  if (schema && schema.type === 'array') {
    const model = schemaRefName(schema.items);
    return model ? { model, list: true } : {};
  }
  const model = schemaRefName(schema);
  return model ? { model, list: false } : {};
}

export default function unwrapConsistency(doc, options) {
  const results = [];
  const fixedProperty = options && typeof options.property === 'string' ? options.property : undefined;
  const alsoRequired = options && Array.isArray(options.alsoRequired) ? options.alsoRequired : [];
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
      if (typeof unwrap.property !== 'string' || unwrap.property.length === 0) {
        results.push({
          message: `${opName}: x-schedkit-unwrap.property must name the envelope member to unwrap.`,
          path: [...unwrapPath, 'property'],
        });
        continue;
      }
      if (fixedProperty !== undefined && unwrap.property !== fixedProperty) {
        results.push({
          message: `${opName}: x-schedkit-unwrap.property must be "${fixedProperty}".`,
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
        const forms = Array.isArray(envSchema.anyOf) ? envSchema.anyOf : [];
        const wrappedName = forms.length === 2 ? schemaRefName(forms[0]) : undefined;
        if (!wrappedName) {
          results.push({
            message: `Envelope "${env.name}" must be anyOf [a $ref to the wrapped form, the bare form].`,
            path: envPath,
          });
          continue;
        }
        const bareShape = shapeOf(forms[1]);
        if (bareShape.model !== target || bareShape.list !== hasListOf) {
          results.push({
            message: `${opName}: the bare form of envelope "${env.name}" must be ${hasListOf ? 'an array of ' : ''}"${target}".`,
            path: [...envPath, 'anyOf', 1],
          });
        }
        const wrapped = schemas[wrappedName];
        const wrappedPath = ['components', 'schemas', wrappedName];
        if (!wrapped) {
          results.push({ message: `Envelope "${env.name}" refers to "${wrappedName}", which does not exist.`, path: envPath });
          continue;
        }
        if (wrapped['x-internal'] !== true) {
          results.push({ message: `Wrapped form "${wrappedName}" must have x-internal: true.`, path: wrappedPath });
        }
        const required = Array.isArray(wrapped.required) ? wrapped.required : [];
        const missing = alsoRequired.filter(name => !required.includes(name));
        if (missing.length > 0) {
          results.push({ message: `Wrapped form "${wrappedName}" must list ${missing.map(m => `"${m}"`).join(', ')} as required.`, path: wrappedPath });
        }
        const members = required.filter(name => !alsoRequired.includes(name));
        if (members.length !== 1) {
          results.push({
            message: `Wrapped form "${wrappedName}" must have exactly one required member to unwrap${alsoRequired.length ? ` besides ${alsoRequired.map(m => `"${m}"`).join(', ')}` : ''} (found ${members.length}).`,
            path: wrappedPath,
          });
        } else if (members[0] !== unwrap.property) {
          results.push({
            message: `${opName}: x-schedkit-unwrap.property is "${unwrap.property}" but "${wrappedName}" wraps "${members[0]}".`,
            path: [...unwrapPath, 'property'],
          });
        }
        const data = wrapped.properties && wrapped.properties[unwrap.property];
        if (!data) {
          results.push({ message: `Wrapped form "${wrappedName}" has no "${unwrap.property}" property.`, path: wrappedPath });
          continue;
        }
        const memberShape = shapeOf(data);
        if (memberShape.model !== target || memberShape.list !== hasListOf) {
          const actual = memberShape.model ? `${memberShape.list ? 'an array of ' : ''}"${memberShape.model}"` : 'not a schema $ref';
          results.push({
            message: `${opName}: x-schedkit-unwrap.${hasListOf ? 'listOf' : 'model'} is "${target}" but "${wrappedName}".${unwrap.property} is ${actual}.`,
            path: [...unwrapPath, hasListOf ? 'listOf' : 'model'],
          });
        }
      }
    }
  }
  return results;
}
