// Spectral custom function: schedkit schema conventions that JSONPath alone cannot express.
//
// Must be run with `resolved: false` on the document root (`given: $`).
// Options: { check: 'composition' | 'enum-component' | 'page-schema',
//            style: 'jicoo' | 'cronofy' (page-schema only; default 'jicoo') }
//
// What the SDK cannot express at all (inline enums, two base-class traits on one model, malformed
// envelopes) fails generation instead: see generator/ (SchedkitJavaCodegen).
//  * composition     – no `oneOf`, `anyOf`, `not` or `discriminator` anywhere, and `allOf`
//                      only as a single-element list holding a `$ref`
//                      (the nullable-ref idiom). The one exception: a schema that carries
//                      `x-schedkit-java-type` (the generator maps it to a hand-written class)
//                      may use `oneOf`, e.g. Cronofy's EventTime (date | date-time | {time, tzid});
//                      and an x-internal `*Envelope` component schema is `anyOf` its wrapped and
//                      bare forms (never generated; the generator checks its shape).
//  * enum-component  – every enum component is `type: string`, has a `description`, and has an
//                      `x-enum-descriptions` list with one string per enum value.
//  * page-schema     – style 'jicoo' (page-number pagination): every component schema named
//                      `*Page` has an array property `data` marked with
//                      `x-schedkit-page-items: true`, the required integer properties
//                      `totalCount`/`count`/`currentPage`, and a nullable, optional integer
//                      `nextPage` marked with `x-schedkit-page-next: {queryParameter: page}`.
//                      style 'cronofy' (server-driven next-page links): every component schema
//                      named `*Page`, and every schema with a property marked
//                      `x-schedkit-page-items`, has exactly one such property (an array of a
//                      `$ref`), and an optional `pages` property written as
//                      `allOf: [{$ref: '#/components/schemas/Pages'}]` with
//                      `x-schedkit-page-next: {pageLink: true}` beside it. The shared `Pages`
//                      schema has required integers `current`/`total` and an optional
//                      `next_page` (string, format uri) marked `x-schedkit-page-link: true`.
//                      A property marked `x-schedkit-nested-page: true` must be a single-$ref
//                      `allOf` to such a page schema.

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

function checkComposition(doc) {
  const results = [];
  walk(doc, [], (node, path) => {
    const javaTyped = typeof node['x-schedkit-java-type'] === 'string' && node['x-schedkit-java-type'].trim() !== '';
    const envelope = path.length === 3 && path[0] === 'components' && path[1] === 'schemas'
      && /Envelope$/.test(path[2]) && node['x-internal'] === true;
    for (const key of ['oneOf', 'anyOf', 'not', 'discriminator']) {
      if (key === 'oneOf' && javaTyped && Array.isArray(node.oneOf) && node.oneOf.length > 1) continue;
      if (key === 'anyOf' && envelope) continue;
      if (Object.prototype.hasOwnProperty.call(node, key)) {
        results.push({
          message: `"${key}" is not allowed (the Java generator and Prism mishandle it). Only a schema with x-schedkit-java-type may use oneOf, and an x-internal *Envelope anyOf.`,
          path: [...path, key],
        });
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

const SCHEMA_PREFIX = '#/components/schemas/';

function singleRefName(schema) {
  if (!schema || typeof schema !== 'object') return undefined;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(SCHEMA_PREFIX)) return schema.$ref.slice(SCHEMA_PREFIX.length);
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return singleRefName(schema.allOf[0]);
  return undefined;
}

function checkPagesSchema(schemas, results) {
  const pages = schemas.Pages;
  const path = ['components', 'schemas', 'Pages'];
  if (!pages || typeof pages !== 'object') {
    results.push({ message: 'Page schemas need a shared "Pages" component schema.', path: ['components', 'schemas'] });
    return;
  }
  const props = pages.properties || {};
  const required = Array.isArray(pages.required) ? pages.required : [];
  for (const key of ['current', 'total']) {
    if (!isIntegerProp(props[key]) || !required.includes(key)) {
      results.push({ message: `"Pages": "${key}" must be a required integer.`, path });
    }
  }
  const next = props.next_page;
  if (!next || next.type !== 'string' || next.format !== 'uri' || next['x-schedkit-page-link'] !== true || required.includes('next_page')) {
    results.push({
      message: '"Pages": "next_page" must be an optional string with format uri and x-schedkit-page-link: true.',
      path,
    });
  }
}

function checkCronofyPageSchemas(doc) {
  const results = [];
  const schemas = (doc.components && doc.components.schemas) || {};
  const pageSchemas = new Set();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema || typeof schema !== 'object') continue;
    const props = schema.properties || {};
    const marked = Object.values(props).some(p => p && p['x-schedkit-page-items'] === true);
    if (name.endsWith('Page') || marked) pageSchemas.add(name);
  }
  if (pageSchemas.size > 0) checkPagesSchema(schemas, results);
  for (const name of pageSchemas) {
    const schema = schemas[name];
    const path = ['components', 'schemas', name];
    const props = schema.properties || {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema['x-internal'] === true) {
      results.push({ message: `Page schema "${name}" must not be x-internal (the SDK needs a class for it).`, path });
    }
    if (schema.allOf) {
      results.push({ message: `Page schema "${name}" must be written out in full (no allOf).`, path });
    }
    const items = Object.entries(props).filter(([, p]) => p && p['x-schedkit-page-items'] === true);
    if (items.length !== 1) {
      results.push({ message: `Page schema "${name}" must have exactly one property with x-schedkit-page-items: true.`, path });
    } else {
      const [itemsName, itemsProp] = items[0];
      if (itemsProp.type !== 'array' || !singleRefName(itemsProp.items) || !required.includes(itemsName)) {
        results.push({
          message: `Page schema "${name}": "${itemsName}" must be a required array of a component schema $ref.`,
          path: [...path, 'properties', itemsName],
        });
      }
    }
    const pages = props.pages;
    const next = pages && pages['x-schedkit-page-next'];
    if (!pages || singleRefName(pages) !== 'Pages' || !Array.isArray(pages.allOf) || !next || next.pageLink !== true
      || required.includes('pages')) {
      results.push({
        message: `Page schema "${name}": "pages" must be optional, written as allOf: [{$ref: '#/components/schemas/Pages'}], with x-schedkit-page-next: {pageLink: true}.`,
        path,
      });
    }
  }
  // Nested pages: a property that embeds the first page of a paginated sub-collection.
  walk(schemas, ['components', 'schemas'], (node, path) => {
    if (node['x-schedkit-nested-page'] === undefined) return;
    const target = singleRefName(node);
    if (node['x-schedkit-nested-page'] !== true || !Array.isArray(node.allOf) || !target || !pageSchemas.has(target)) {
      results.push({
        message: 'x-schedkit-nested-page must be true, on a single-$ref allOf to a page schema.',
        path,
      });
    }
  });
  return results;
}

export default function schemaConventions(doc, options) {
  if (!doc || typeof doc !== 'object') return [];
  const check = options && options.check;
  switch (check) {
    case 'composition':
      return checkComposition(doc);
    case 'enum-component':
      return checkEnumComponents(doc);
    case 'page-schema': {
      const style = (options && options.style) || 'jicoo';
      if (style === 'jicoo') return checkPageSchemas(doc);
      if (style === 'cronofy') return checkCronofyPageSchemas(doc);
      return [{ message: `schemaConventions: unknown page-schema style "${style}".`, path: [] }];
    }
    default:
      return [{ message: `schemaConventions: unknown check "${check}".`, path: [] }];
  }
}
