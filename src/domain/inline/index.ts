export * from './content';
export * from './markup';
export * from './types';
