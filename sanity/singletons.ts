import type { DocumentActionComponent, TemplateItem, Template } from 'sanity'

/**
 * Settings is one fixed document: it cannot be created from the "new" menu, deleted,
 * duplicated or unpublished, only edited and published.
 */
export const singletonTypes = new Set(['siteSettings'])
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !singletonTypes.has(template.schemaType))
}

export function singletonActionsOnly(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!singletonTypes.has(schemaType)) return actions
  return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
}

/** Templates that need a parameter (such as a series) only make sense inside their list. */
export function globalNewDocumentOptions(
  items: TemplateItem[],
  parameterised: ReadonlySet<string>,
): TemplateItem[] {
  return items.filter((item) => !parameterised.has(item.templateId))
}
