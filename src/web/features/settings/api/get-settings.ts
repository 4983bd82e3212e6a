import { useQuery } from '@tanstack/react-query';
import type { SettingsResponse } from '../../../../shared/schemas/settings';
import { api } from '../../../lib/api-client';

export const settingsQueryKey = ['settings'] as const;

export function getSettings(signal?: AbortSignal): Promise<SettingsResponse> {
  return api.get<SettingsResponse>('/settings', { signal });
}

export function useSettings() {
  return useQuery({ queryKey: settingsQueryKey, queryFn: ({ signal }) => getSettings(signal) });
}
