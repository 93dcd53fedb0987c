import { Box, Card, Stack, Text } from '@sanity/ui'
import { useSchema, type Schema } from 'sanity'
import { translatedFields } from './translated-fields'

/** Each counted type and its counted fields, by the names editors see in the forms. */
export function describeTranslatedFields(schema: Schema) {
  return Object.entries(translatedFields).map(([type, fields]) => {
    const schemaType = schema.get(type)
    const members = schemaType && 'fields' in schemaType ? schemaType.fields : []
    return {
      type: schemaType?.title ?? type,
      fields: fields.map((name) => members.find((f) => f.name === name)?.type.title ?? name),
    }
  })
}

/** The Translations list's explanation: what "not yet in a language" means. */
export function TranslatedFieldsHelp() {
  const schema = useSchema()
  return (
    <Box padding={4}>
      <Stack space={4}>
        <Text size={1}>
          A document is listed under a language when one of these fields has English text and
          nothing in that language. Other text (image descriptions, programme items, venues, roles)
          is not counted; the language filter in each document shows all of it.
        </Text>
        <Card padding={3} radius={2} border>
          <Stack space={3} as="ul">
            {describeTranslatedFields(schema).map(({ type, fields }) => (
              <Text key={type} size={1} as="li">
                <strong>{type}</strong>: {fields.join(', ')}
              </Text>
            ))}
          </Stack>
        </Card>
      </Stack>
    </Box>
  )
}
