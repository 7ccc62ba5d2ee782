import { Input, Stack, Text } from '@mantine/core';
import { AssumptionInput, type AssumptionInputProps } from '../AssumptionInput';

/** A compact assumption with a label above it, to sit in a grid beside ordinary inputs. */
export function LabelledAssumption(props: Omit<AssumptionInputProps, 'compact'>) {
  return (
    <Stack gap={4} align="flex-start">
      <Input.Label>{props.label}</Input.Label>
      <AssumptionInput {...props} compact />
      {props.error && (
        <Text size="xs" c="red">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}
