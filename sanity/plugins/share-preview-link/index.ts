import { definePlugin } from 'sanity'
import { isPageType } from '../../presentation/paths'
import { SharePreviewLinkAction } from './share-action.client'

/** Adds "Share preview link" to every document type that has a page on the site. */
export const sharePreviewLink = definePlugin({
  name: 'share-preview-link',
  document: {
    actions: (previous, context) =>
      isPageType(context.schemaType) ? [...previous, SharePreviewLinkAction] : previous,
  },
})
