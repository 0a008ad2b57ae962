// Spectral custom function: schedkit schema conventions that JSONPath alone cannot express.
//
// Must be run with `resolved: false` on the document root (`given: $`).
// Options: { check: 'inline-enum' | 'composition' | 'enum-component' | 'page-schema' }
//
//  * inline-enum     – `enum` may only appear directly on a component schema
//                      (#/components/schemas/<Name>), never inline in a property, parameter,
//                      array item, etc. Reference a named enum component instead.
//  * composition     – no `oneOf`, `anyOf`, `not` or `discriminator` anywhere, and `allOf`
//                      only as a single-element list holding a `$ref`
//                      (the nullable-ref idiom).
//  * enum-component  – every enum component is `type: string`, has a `description`, and has an
//                      `x-enum-descriptions` list with one string per enum value.
//  * page-schema     – every component schema named `*Page` has an array property `data` marked
//                      with `x-schedkit-page-items: true`, the required integer properties
//                      `totalCount`/`count`/`currentPage`, and a nullable, optional integer `nextPage`
//                      marked with `x-schedkit-page-next: {queryParameter: page}`.

function walk(node, path, visit) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, [...path, i], visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  visit(node, path);
  for (const [key, child] of Object.entries(node)) {
    // Vendor extensions and examples hold data, not schemas: skip them.
    if (typeof key === 'string' && (key.startsWith('x-') || key === 'example' || key === 'examples')) continue;
    walk(child, [...path, key], visit);
  }
}

function isComponentSchemaRoot(path) {
  return path.length === 3 && path[0] === 'components' && path[1] === 'schemas';
}

function checkInlineEnum(doc) {
  const results = [];
  walk(doc, [], (node, path) => {
    if (Object.prototype.hasOwnProperty.call(node, 'enum') && !isComponentSchemaRoot(path)) {
      results.push({
        message: 'Inline enum: move it to a named component schema and $ref it (use allOf + nullable when it is nullable).',
        path: [...path, 'enum'],
      });
    }
  });
  return results;
}

function checkComposition(doc) {
  const results = [];
  walk(doc, [], (node, path) => {
    for (const key of ['oneOf', 'anyOf', 'not', 'discriminator']) {
      if (Object.prototype.hasOwnProperty.call(node, key)) {
        results.push({ message: `"${key}" is not allowed (the Java generator and Prism mishandle it).`, path: [...path, key] });
      }
    }
    if (Object.prototype.hasOwnProperty.call(node, 'allOf')) {
      const allOf = node.allOf;
      const ok = Array.isArray(allOf) && allOf.length === 1 && allOf[0] && typeof allOf[0].$ref === 'string'
        && Object.keys(allOf[0]).length === 1;
      if (!ok) {
        results.push({
          message: '"allOf" is only allowed as a single-element list holding a $ref (the nullable-ref idiom).',
          path: [...path, 'allOf'],
        });
      }
    }
  });
  return results;
}

function checkEnumComponents(doc) {
  const results = [];
  const schemas = (doc.components && doc.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema || typeof schema !== 'object' || !Array.isArray(schema.enum)) continue;
    const path = ['components', 'schemas', name];
    if (schema.type !== 'string') {
      results.push({ message: `Enum "${name}" must be "type: string".`, path });
    }
    if (schema.enum.some(v => typeof v !== 'string')) {
      results.push({ message: `Enum "${name}" may only hold string values.`, path: [...path, 'enum'] });
    }
    if (typeof schema.description !== 'string' || schema.description.trim() === '') {
      results.push({ message: `Enum "${name}" needs a description.`, path });
    }
    const descriptions = schema['x-enum-descriptions'];
    if (!Array.isArray(descriptions)) {
      results.push({ message: `Enum "${name}" needs an x-enum-descriptions list.`, path });
    } else if (descriptions.length !== schema.enum.length || descriptions.some(d => typeof d !== 'string' || !d.trim())) {
      results.push({
        message: `Enum "${name}": x-enum-descriptions must have one non-empty string per value (${schema.enum.length}).`,
        path: [...path, 'x-enum-descriptions'],
      });
    }
  }
  return results;
}

function isIntegerProp(prop) {
  return prop && prop.type === 'integer';
}

function checkPageSchemas(doc) {
  const results = [];
  const schemas = (doc.components && doc.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Page') || !schema || typeof schema !== 'object') continue;
    const path = ['components', 'schemas', name];
    const props = schema.properties || {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema['x-internal'] === true) {
      results.push({ message: `Page schema "${name}" must not be x-internal (the SDK needs a class for it).`, path });
    }
    if (schema.allOf) {
      results.push({ message: `Page schema "${name}" must be written out in full (no allOf).`, path });
    }
    const data = props.data;
    if (!data || data.type !== 'array' || data['x-schedkit-page-items'] !== true) {
      results.push({ message: `Page schema "${name}": "data" must be an array with x-schedkit-page-items: true.`, path });
    }
    if (!props.errors) {
      results.push({ message: `Page schema "${name}" needs an "errors" property.`, path });
    }
    for (const key of ['totalCount', 'count', 'currentPage']) {
      if (!isIntegerProp(props[key]) || !required.includes(key)) {
        results.push({ message: `Page schema "${name}": "${key}" must be a required integer.`, path });
      }
    }
    if (!isIntegerProp(props.numberOfPages)) {
      results.push({ message: `Page schema "${name}": "numberOfPages" must be an integer.`, path });
    }
    const next = props.nextPage;
    if (!isIntegerProp(next) || next.nullable !== true || !next['x-schedkit-page-next'] || next['x-schedkit-page-next'].queryParameter !== 'page' || required.includes('nextPage')) {
      results.push({
        message: `Page schema "${name}": "nextPage" must be an optional, nullable integer with x-schedkit-page-next: {queryParameter: page}.`,
        path,
      });
    }
  }
  return results;
}

export default function schemaConventions(doc, options) {
  if (!doc || typeof doc !== 'object') return [];
  const check = options && options.check;
  switch (check) {
    case 'inline-enum':
      return checkInlineEnum(doc);
    case 'composition':
      return checkComposition(doc);
    case 'enum-component':
      return checkEnumComponents(doc);
    case 'page-schema':
      return checkPageSchemas(doc);
    default:
      return [{ message: `schemaConventions: unknown check "${check}".`, path: [] }];
  }
}
