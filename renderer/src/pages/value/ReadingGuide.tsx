import { List, Paper, Text } from '@mantine/core';

/** What the comparison's figures mean, for readers who do not fit models for a living. */
export function ReadingGuide() {
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Text fw={600} size="sm" mb="sm">
        How to read the comparison
      </Text>
      <List size="sm" spacing={8} c="dimmed">
        <List.Item>
          <b>Holdout MAE</b> is the typical miss, in purchases per customer, when each model forecasts the holdout for customers grouped by how often they bought. It
          decides the recommendation.
        </List.Item>
        <List.Item>
          <b>Holdout total error</b> compares all expected purchases with all actual ones: +5% means the model expects 5% more than happened.
        </List.Item>
        <List.Item>
          <b>AIC and BIC</b> measure the fit to the calibration data with a penalty for extra parameters; lower is better, and small differences do not matter.
        </List.Item>
        <List.Item>
          <b>95% intervals</b> show how precisely each parameter is known; wide intervals call for more data or a simpler model.
        </List.Item>
      </List>
    </Paper>
  );
}
