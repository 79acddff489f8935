export * from "./services";
export * from "./reports";
export * from "./meta";
export * from "./detection";
export * from "./correlation";
export * from "./cluster";
export * from "./alerts";
export * from "./official-status";
