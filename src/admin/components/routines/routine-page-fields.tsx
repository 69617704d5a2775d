import { Photo, Trash } from "@medusajs/icons"
import { Button, DatePicker, Heading, Text } from "@medusajs/ui"
import { useRef } from "react"
import { useFormContext, useWatch } from "react-hook-form"
import { MAX_SEO_DESCRIPTION, MAX_SEO_TITLE } from "../../../api/admin/field-rules"
import { useUploadImage } from "../../hooks/uploads"
import { Form } from "../common/form"
import { InputField, TextareaField } from "../common/form-fields"
import type { RoutineFormValues } from "./routine-form"

const ScheduleField = ({ name, label, hint }: { name: "starts_at" | "ends_at"; label: string; hint: string }) => {
  const { control } = useFormContext<RoutineFormValues>()
  return (
    <Form.Field
      control={control}
      name={name}
      render={({ field: { value, onChange, ref } }) => (
        <Form.Item>
          <Form.Label>{label}</Form.Label>
          <Form.Control>
            <DatePicker ref={ref} granularity="minute" shouldCloseOnSelect={false} value={value} onChange={onChange} aria-label={label} />
          </Form.Control>
          <Form.Hint>{hint}</Form.Hint>
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}

/** The routine's image: uploaded through Medusa's file module, shown, removable. */
const ImageField = () => {
  const { control, setError, clearErrors } = useFormContext<RoutineFormValues>()
  const input = useRef<HTMLInputElement>(null)
  const upload = useUploadImage()
  return (
    <Form.Field
      control={control}
      name="thumbnail"
      render={({ field: { value, onChange } }) => {
        const choose = (file: File | undefined) => {
          if (!file) return
          clearErrors("thumbnail")
          upload.mutate(file, {
            onSuccess: (url) => onChange(url),
            onError: (error) => setError("thumbnail", { message: `The image could not be uploaded: ${error.message}` }),
          })
        }
        return (
          <Form.Item>
            <Form.Label>Image</Form.Label>
            <div className="flex items-center gap-x-4">
              <div className="bg-ui-bg-subtle flex size-20 shrink-0 items-center justify-center overflow-hidden rounded-lg border">
                {value ? (
                  <img src={value} alt="The routine's image" className="size-full object-cover" data-testid="routine-image-preview" />
                ) : (
                  <Photo className="text-ui-fg-muted" />
                )}
              </div>
              <div className="flex flex-col gap-y-2">
                <div className="flex gap-x-2">
                  {/* The file input's own button cannot be styled: this one opens it. */}
                  <Button type="button" size="small" variant="secondary" isLoading={upload.isPending} onClick={() => input.current?.click()}>
                    {value ? "Replace image" : "Upload image"}
                  </Button>
                  {value && (
                    <Button type="button" size="small" variant="transparent" onClick={() => onChange("")}>
                      <Trash />
                      Remove image
                    </Button>
                  )}
                </div>
                <Form.Hint>Shown on the routine's page and when it is shared. JPEG, PNG or WebP.</Form.Hint>
              </div>
            </div>
            <input
              ref={input}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              className="hidden"
              tabIndex={-1}
              aria-hidden
              data-testid="routine-image-file"
              onChange={(event) => {
                choose(event.target.files?.[0])
                event.target.value = ""
              }}
            />
            <Form.ErrorMessage />
          </Form.Item>
        )
      }}
    />
  )
}

/** How many characters of the limit are used, read with the field. */
const Count = ({ name, max, empty }: { name: "seo_title" | "seo_description"; max: number; empty: string }) => {
  const value = useWatch<RoutineFormValues, typeof name>({ name })
  return (
    <>
      {value.length} of {max} characters. {empty}
    </>
  )
}

/** The routine's page: its image, when it is on sale, and how search engines show it. */
export const RoutinePageFields = () => {
  const { control } = useFormContext<RoutineFormValues>()
  return (
    <div className="flex flex-col gap-y-4">
      <ImageField />
      <fieldset className="flex flex-col gap-y-4" data-testid="routine-schedule-fields">
        <legend className="mb-2">
          <Heading level="h3">Schedule</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A published routine is on sale from its start until its end, in your time zone.
          </Text>
        </legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <ScheduleField name="starts_at" label="Start" hint="Empty: on sale once published." />
          <ScheduleField name="ends_at" label="End" hint="Empty: no end." />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-y-4">
        <legend className="mb-2">
          <Heading level="h3">Search engine listing</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The page title and meta description search engines and shared links show.
          </Text>
        </legend>
        <InputField
          control={control}
          name="seo_title"
          label="Search headline"
          hint={<Count name="seo_title" max={MAX_SEO_TITLE} empty="Empty: the routine's title." />}
        />
        <TextareaField
          control={control}
          name="seo_description"
          label="Search snippet"
          hint={<Count name="seo_description" max={MAX_SEO_DESCRIPTION} empty="Empty: the routine's description." />}
        />
      </fieldset>
    </div>
  )
}
