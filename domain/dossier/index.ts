export * from './state';
export * from './open-dossier';
export * from './apply-action';
export * from './deadlines';
export * from './jurisdiction';
