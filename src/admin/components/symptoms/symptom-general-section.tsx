import { PencilSquare, Trash } from "@medusajs/icons"
import { Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useDeleteSymptom, useUpdateSymptom } from "../../hooks/symptoms"
import type { AdminSymptom as Symptom } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { FormDrawer } from "../common/form-drawer"
import { SymptomFormFields, symptomFormToInput, symptomToForm } from "./symptom-form-fields"

export const SymptomGeneralSection = ({ symptom }: { symptom: Symptom }) => {
  const [editing, setEditing] = useState(false)
  const [values, setValues] = useState(() => symptomToForm(symptom))
  const prompt = usePrompt()
  const navigate = useNavigate()
  const updateSymptom = useUpdateSymptom()
  const deleteSymptom = useDeleteSymptom()
  const { denied } = usePermissions()

  useEffect(() => {
    if (editing) {
      setValues(symptomToForm(symptom))
    }
  }, [editing, symptom])

  const handleSave = () =>
    updateSymptom.mutate(
      { id: symptom.id, ...symptomFormToInput(values) },
      {
        onSuccess: () => {
          toast.success("Symptom saved")
          setEditing(false)
        },
        onError: (error) => toast.error(error.message),
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
        onSubmit={handleSave}
        isPending={updateSymptom.isPending}
      >
        <SymptomFormFields values={values} onChange={setValues} />
      </FormDrawer>
    </Container>
  )
}
