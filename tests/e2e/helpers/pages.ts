import { expect, type APIRequestContext } from '@playwright/test'

/** The bundled event and the people and organisations it shows. */
export const seed = {
  eventId: 'event-from-open-software-to-open-culture',
  eventPath: '/en/events/from-open-software-to-open-culture',
  title: 'From Open Software to Open Culture',
  personId: 'person-salem-avan',
  personName: 'Salem Avan',
  organisationId: 'org-oict',
  organisationName: 'United Nations Office of Information and Communications Technology',
}

/** The page's HTML, after checking it was served with the expected status. */
export async function html(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path, { maxRedirects: 0 })
  expect(response.status(), `${path} answered ${response.status()}`).toBe(status)
  return response.text()
}

export async function heading(request: APIRequestContext, path: string) {
  const match = /<h1[^>]*>([^<]*)<\/h1>/.exec(await html(request, path))
  return match?.[1]
}
