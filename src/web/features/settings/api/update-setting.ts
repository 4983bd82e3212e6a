import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingKey, SettingsResponse } from '../../../../shared/schemas/settings';
import { api } from '../../../lib/api-client';
import { settingsQueryKey } from './get-settings';

export function updateSetting({ key, value }: { key: SettingKey; value: unknown }): Promise<SettingsResponse> {
  return api.put<SettingsResponse>(`/settings/${key}`, { value });
}

export function useUpdateSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSetting,
    onSuccess: (reply) => queryClient.setQueryData(settingsQueryKey, reply),
  });
}
