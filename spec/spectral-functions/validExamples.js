// Spectral custom function: validates every example in the document against its schema,
// with correct OpenAPI 3.0 `nullable` semantics.
//
// Why it exists: the stock rules `oas3-valid-media-example` / `oas3-valid-schema-example` feed the
// raw OAS schema to Ajv. Ajv rejects `nullable: true` without a sibling `type`
// ("\"nullable\" cannot be used without \"type\"", see stoplightio/spectral#1603 and #2494). That
// is exactly the house idiom for nullable references:
//     priority: {nullable: true, allOf: [{$ref: '#/components/schemas/BookingPriority'}]}
// This function converts OAS 3.0 schemas to JSON Schema first (`nullable: true` becomes
// `anyOf: [<schema>, {type: 'null'}]`), then delegates to Spectral's built-in `schema` function
// (Ajv + formats).
//
// Must be run with `resolved: false` on the document root (`given: $`). Local `$ref`s are
// resolved here, so results point at the example's real location.
//
// Examples checked:
//   * media-type `example` / `examples[*].value` under paths and components (request bodies,
//     responses) against the media-type schema;
//   * parameter `example` / `examples[*].value` against the parameter schema;
//   * schema-level `example` anywhere inside #/components/schemas (including nested properties
//     and items) against that schema.

import { schema as schemaFn } from '@stoplight/spectral-functions';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const OAS_ONLY_KEYWORDS = new Set([
  'nullable',
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'description',
  'title',
]);

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function resolvePointer(doc, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = node[key];
  }
  return node;
}

function makeConverter(doc) {
  const stack = new Set();
  function convert(schema) {
    if (!isObject(schema)) return schema;
    if (typeof schema.$ref === 'string') {
      if (stack.has(schema.$ref)) return {}; // recursive reference: accept anything below
      const target = resolvePointer(doc, schema.$ref);
      if (target === undefined) return {};
      stack.add(schema.$ref);
      try {
        return convert(target);
      } finally {
        stack.delete(schema.$ref);
      }
    }
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith('x-') || OAS_ONLY_KEYWORDS.has(key)) continue;
      if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convert(sub)]));
      } else if ((key === 'items' || key === 'additionalProperties' || key === 'not') && isObject(value)) {
        out[key] = convert(value);
      } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
        out[key] = value.map(convert);
      } else {
        out[key] = value;
      }
    }
    return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
  }
  return convert;
}

function* mediaExamples(content, basePath) {
  if (!isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media) || !isObject(media.schema)) continue;
    const mediaPath = [...basePath, mediaType];
    if ('example' in media) yield { schema: media.schema, value: media.example, path: [...mediaPath, 'example'] };
    if (isObject(media.examples)) {
      for (const [name, ex] of Object.entries(media.examples)) {
        if (isObject(ex) && 'value' in ex) {
          yield { schema: media.schema, value: ex.value, path: [...mediaPath, 'examples', name, 'value'] };
        }
      }
    }
  }
}

function* parameterExamples(parameters, basePath) {
  if (!Array.isArray(parameters) && !isObject(parameters)) return;
  for (const [key, raw] of Object.entries(parameters)) {
    const param = isObject(raw) && typeof raw.$ref === 'string' ? undefined : raw; // shared params are checked under components
    if (!isObject(param) || !isObject(param.schema)) continue;
    const paramPath = [...basePath, Array.isArray(parameters) ? Number(key) : key];
    if ('example' in param) yield { schema: param.schema, value: param.example, path: [...paramPath, 'example'] };
    if (isObject(param.examples)) {
      for (const [name, ex] of Object.entries(param.examples)) {
        if (isObject(ex) && 'value' in ex) {
          yield { schema: param.schema, value: ex.value, path: [...paramPath, 'examples', name, 'value'] };
        }
      }
    }
  }
}

function* schemaExamples(schema, path) {
  if (!isObject(schema) || typeof schema.$ref === 'string') return;
  if ('example' in schema) yield { schema, value: schema.example, path: [...path, 'example'] };
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      yield* schemaExamples(sub, [...path, 'properties', name]);
    }
  }
  for (const key of ['items', 'additionalProperties', 'not']) {
    if (isObject(schema[key])) yield* schemaExamples(schema[key], [...path, key]);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(schema[key])) {
      for (let i = 0; i < schema[key].length; i++) yield* schemaExamples(schema[key][i], [...path, key, i]);
    }
  }
}

function* allExamples(doc) {
  for (const [pathKey, pathItem] of Object.entries(doc.paths || {})) {
    if (!isObject(pathItem)) continue;
    yield* parameterExamples(pathItem.parameters, ['paths', pathKey, 'parameters']);
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (!isObject(op)) continue;
      const opPath = ['paths', pathKey, method];
      yield* parameterExamples(op.parameters, [...opPath, 'parameters']);
      if (isObject(op.requestBody) && typeof op.requestBody.$ref !== 'string') {
        yield* mediaExamples(op.requestBody.content, [...opPath, 'requestBody', 'content']);
      }
      for (const [code, response] of Object.entries(op.responses || {})) {
        if (isObject(response) && typeof response.$ref !== 'string') {
          yield* mediaExamples(response.content, [...opPath, 'responses', code, 'content']);
        }
      }
    }
  }
  const components = doc.components || {};
  yield* parameterExamples(components.parameters, ['components', 'parameters']);
  for (const [name, body] of Object.entries(components.requestBodies || {})) {
    if (isObject(body)) yield* mediaExamples(body.content, ['components', 'requestBodies', name, 'content']);
  }
  for (const [name, response] of Object.entries(components.responses || {})) {
    if (isObject(response)) yield* mediaExamples(response.content, ['components', 'responses', name, 'content']);
  }
  for (const [name, schema] of Object.entries(components.schemas || {})) {
    yield* schemaExamples(schema, ['components', 'schemas', name]);
  }
}

export default function validExamples(doc, _options, context) {
  if (!isObject(doc)) return [];
  const convert = makeConverter(doc);
  const results = [];
  for (const { schema, value, path } of allExamples(doc)) {
    const jsonSchema = convert(schema);
    const found = schemaFn(value, { schema: jsonSchema, allErrors: true }, { ...context, path });
    if (Array.isArray(found)) results.push(...found);
  }
  return results;
}
