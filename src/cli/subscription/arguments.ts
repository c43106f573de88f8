export const REPOSITORY_ARGUMENT = 'numeric repository id (1..2147483647) or group/repo';
