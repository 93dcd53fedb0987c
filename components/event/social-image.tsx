import type { CardDate, SocialCard, TextCard, WordlessCard } from '@/lib/og/card'

/**
 * The layout of an event's social image, drawn by next/og (Satori): inline styles and
 * flexbox only. Colours are the site's brand blue and white (contrast 8.6:1). The words and
 * fonts are chosen by lib/og: this only places them.
 */
export const socialImageSize = { width: 1200, height: 630 }

const blue = '#0b4f8a'
const red = '#8a1c1c'

type Props = { card: SocialCard; fontFamily: string }

export function EventSocialImage({ card, fontFamily }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        padding: '64px 72px',
        background: blue,
        color: '#ffffff',
        fontFamily,
      }}
    >
      {card.kind === 'text' ? <TextLayout card={card} /> : <WordlessLayout card={card} />}
    </div>
  )
}

/** Ideographs take about twice the width of a Latin letter at the same size. */
function visualLength(text: string): number {
  let length = 0
  for (const char of text)
    length += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1
  return length
}

/** Each layout is a box of its own: Satori puts a fragment's children in a row of their own. */
const layout = {
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'space-between',
  flexGrow: 1,
} as const

function TextLayout({ card }: { card: TextCard }) {
  return (
    <div style={layout}>
      <div style={{ display: 'flex', fontSize: 28, opacity: 0.9 }}>{card.brand}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {card.status ? (
          <div
            style={{
              display: 'flex',
              alignSelf: 'flex-start',
              background: '#ffffff',
              color: red,
              fontSize: 30,
              fontWeight: 700,
              padding: '6px 18px',
              borderRadius: 8,
              marginBottom: 20,
            }}
          >
            {card.status}
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            fontSize: visualLength(card.title) > 60 ? 56 : 68,
            fontWeight: 700,
          }}
        >
          {card.title}
        </div>
        {card.subtitle ? (
          <div style={{ display: 'flex', fontSize: 30, marginTop: 16, opacity: 0.9 }}>
            {card.subtitle}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 28 }}>
        {card.when ? <div style={{ display: 'flex' }}>{card.when}</div> : null}
        {card.organisers.length > 0 ? (
          <div style={{ display: 'flex', marginTop: 8, opacity: 0.9 }}>
            {card.organisers.join(' · ')}
          </div>
        ) : null}
      </div>
    </div>
  )
}

/**
 * The card for a page whose words Satori cannot draw (Arabic): no text in the page's
 * language. Everything is laid out right to left by hand, with `row-reverse`, since Satori
 * would put it left to right: the site's name at the start (the right), the first day
 * before the last, the month before the year and the first organiser first.
 */
function WordlessLayout({ card }: { card: WordlessCard }) {
  return (
    <div style={layout}>
      <div style={{ display: 'flex', flexDirection: 'row-reverse', fontSize: 28, opacity: 0.9 }}>
        {card.brand}
      </div>
      <div style={{ display: 'flex', flexDirection: 'row-reverse', alignItems: 'center', gap: 36 }}>
        {card.dates.flatMap((date, index) => [
          index > 0 ? (
            <div key={`to-${index}`} style={{ display: 'flex', fontSize: 96, opacity: 0.9 }}>
              –
            </div>
          ) : null,
          <DateTile key={`date-${index}`} date={date} struck={card.struck} />,
        ])}
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'row-reverse',
          flexWrap: 'wrap',
          fontSize: 34,
          gap: 28,
          minHeight: 46,
        }}
      >
        {card.organisers.map((acronym, index) => (
          <div key={index} style={{ display: 'flex' }}>
            {acronym}
          </div>
        ))}
      </div>
    </div>
  )
}

function DateTile({ date, struck }: { date: CardDate; struck: boolean }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        position: 'relative',
        width: 260,
        padding: '20px 0 28px',
        background: '#ffffff',
        color: blue,
        borderRadius: 24,
      }}
    >
      <div style={{ display: 'flex', fontSize: 150, fontWeight: 700, lineHeight: 1 }}>
        {date.day}
      </div>
      <div style={{ display: 'flex', flexDirection: 'row-reverse', fontSize: 40, marginTop: 12 }}>
        <div style={{ display: 'flex' }}>{date.month}</div>
        <div style={{ display: 'flex', margin: '0 10px' }}>/</div>
        <div style={{ display: 'flex' }}>{date.year}</div>
      </div>
      {struck ? (
        <div
          style={{
            position: 'absolute',
            top: '50%',
            left: -8,
            right: -8,
            height: 12,
            marginTop: -6,
            background: red,
            borderRadius: 6,
            transform: 'rotate(-12deg)',
          }}
        />
      ) : null}
    </div>
  )
}
