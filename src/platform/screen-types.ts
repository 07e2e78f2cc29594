export interface WindowMetrics {
  windowHeight: number;
  pixelRatio: number;
}
