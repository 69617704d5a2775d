import { Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { PencilSquare, Trash } from "@medusajs/icons"
import { zodResolver } from "@hookform/resolvers/zod"
import { useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useDeleteSymptom, useUpdateSymptom } from "../../hooks/symptoms"
import type { AdminSymptom as Symptom } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { useTranslationsActions } from "../common/translations-action"
import { FormDrawer } from "../common/form-drawer"
import { showServerError } from "../../lib/server-errors"
import {
  SYMPTOM_SERVER_FIELDS,
  SymptomFormFields,
  symptomFormToInput,
  symptomSchema,
  symptomToForm,
  type SymptomFormValues,
} from "./symptom-form-fields"

export const SymptomGeneralSection = ({ symptom }: { symptom: Symptom }) => {
  const [editing, setEditing] = useState(false)
  const form = useForm<SymptomFormValues>({ defaultValues: symptomToForm(symptom), resolver: zodResolver(symptomSchema) })
  const prompt = usePrompt()
  const navigate = useNavigate()
  const updateSymptom = useUpdateSymptom()
  const deleteSymptom = useDeleteSymptom()
  const { denied } = usePermissions()
  const translationsActions = useTranslationsActions("symptom", symptom.id)

  useEffect(() => {
    if (editing) {
      form.reset(symptomToForm(symptom))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, symptom])

  const handleSave = (values: SymptomFormValues) =>
    updateSymptom.mutate(
      { id: symptom.id, ...symptomFormToInput(values) },
      {
        onSuccess: () => {
          toast.success("Symptom saved")
          setEditing(false)
        },
        onError: (error) => showServerError(form, error, { fields: SYMPTOM_SERVER_FIELDS, thing: "symptom" }),
      }
    )

  const handleDelete = async () => {
    const confirmed = await prompt({
      title: "Delete symptom?",
      description: `"${symptom.name}" will no longer be offered to shoppers or steer routines.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      deleteSymptom.mutate(symptom.id, {
        onSuccess: () => {
          toast.success("Symptom deleted")
          navigate("/symptoms", { replace: true })
        },
        onError: (error) => toast.error(error.message),
      })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{symptom.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {symptom.handle}
          </Text>
        </div>
        <ActionMenu
          label="Symptom actions"
          groups={[
            [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(true), deniedReason: denied("symptom:update") }],
            ...translationsActions,
            [{ label: "Delete", icon: <Trash />, onClick: handleDelete, deniedReason: denied("symptom:delete") }],
          ]}
        />
      </div>
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {symptom.description || "No description."}
        </Text>
      </div>
      <FormDrawer
        title="Edit symptom"
        description="Change the symptom's name, handle and description."
        open={editing}
        onOpenChange={setEditing}
        form={form}
        onSubmit={handleSave}
        isPending={updateSymptom.isPending}
      >
        <SymptomFormFields />
      </FormDrawer>
    </Container>
  )
}
