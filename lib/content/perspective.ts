/** The Content Lake perspectives the site uses: what the public sees, and drafts for reviewers. */
export type Perspective = 'published' | 'drafts' | 'raw'
