/**
 * The layout of an event's social image, drawn by next/og (Satori): inline styles and
 * flexbox only. Colours are the site's brand blue and white (contrast 8.6:1).
 */
export const socialImageSize = { width: 1200, height: 630 }

type Props = {
  title: string
  subtitle?: string
  when: string
  series?: string
  status?: string
  organisers: string[]
}

export function EventSocialImage({ title, subtitle, when, series, status, organisers }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b4f8a',
        color: '#ffffff',
        fontFamily: 'sans-serif',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, opacity: 0.9 }}>{series ?? 'Event Portal'}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {status ? (
          <div
            style={{
              display: 'flex',
              alignSelf: 'flex-start',
              background: '#ffffff',
              color: '#8a1c1c',
              fontSize: 30,
              fontWeight: 700,
              padding: '6px 18px',
              borderRadius: 8,
              marginBottom: 20,
            }}
          >
            {status}
          </div>
        ) : null}
        <div style={{ display: 'flex', fontSize: title.length > 60 ? 56 : 68, fontWeight: 700 }}>
          {title}
        </div>
        {subtitle ? (
          <div style={{ display: 'flex', fontSize: 30, marginTop: 16, opacity: 0.9 }}>
            {subtitle}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 28 }}>
        <div style={{ display: 'flex' }}>{when}</div>
        {organisers.length > 0 ? (
          <div style={{ display: 'flex', marginTop: 8, opacity: 0.9 }}>
            {organisers.join(' · ')}
          </div>
        ) : null}
      </div>
    </div>
  )
}
