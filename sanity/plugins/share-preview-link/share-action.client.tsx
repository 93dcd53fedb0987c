import { LinkIcon } from '@sanity/icons'
import { useState } from 'react'
import type { DocumentActionComponent } from 'sanity'
import { documentPath } from '../../presentation/paths'
import { ShareDialog } from './share-dialog.client'

function slugOf(document: Record<string, unknown> | null): unknown {
  const slug = document?.slug
  return typeof slug === 'object' && slug !== null && 'current' in slug ? slug.current : undefined
}

/** "Share preview link": a link to the page as it is in the Studio, for reviewers. */
export const SharePreviewLinkAction: DocumentActionComponent = (props) => {
  const [open, setOpen] = useState(false)
  const slug = slugOf(props.draft ?? props.published)
  const path = documentPath(props.type, slug)
  return {
    label: 'Share preview link',
    icon: LinkIcon,
    disabled: !path,
    title: path
      ? 'Create a link reviewers can open without a Studio account'
      : 'Add a web address (slug) first',
    onHandle: () => setOpen(true),
    dialog:
      open && path
        ? {
            type: 'dialog',
            header: 'Share preview link',
            width: 'medium',
            onClose: () => setOpen(false),
            content: <ShareDialog page={{ type: props.type, slug }} />,
          }
        : null,
  }
}

SharePreviewLinkAction.displayName = 'SharePreviewLinkAction'
