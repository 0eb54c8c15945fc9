# R's expectation and dispersion for earlywarn's harmonic baseline (methods.harmonic_baseline):
# glm(y ~ trend + 2 yearly harmonics, quasipoisson) on the 260 weeks before week t - 1, refitted
# with surveillance's own Farrington outbreak weights (Anscombe residuals, threshold 2.58).
# Prints the rows of R_HARMONIC in tests/unit/detect/test_methods.py. Bench-only (needs Debian's
# r-cran-surveillance):  Rscript bench/detect_harmonic_r.R
suppressMessages(library(surveillance))
d <- read.csv("../shared/data/detect/series.csv")
for (sid in c(3, 20, 40)) for (week in c(580, 610)) {
  y <- d$observed[d$series_id == sid]
  t <- week - 1          # 0-based index of the judged week, as in Python
  end <- t - 1           # past_excluded = 1: rows 0-based < end
  start <- max(0, end - 5 * 52)
  i <- start:(end - 1)
  tt <- (i - t) / 52
  X <- data.frame(y = y[i + 1], tt = tt, c1 = cos(2*pi*i/52), s1 = sin(2*pi*i/52), c2 = cos(4*pi*i/52), s2 = sin(4*pi*i/52))
  m <- glm(y ~ tt + c1 + s1 + c2 + s2, family = quasipoisson, data = X)
  phi <- max(summary(m)$dispersion, 1)
  s <- surveillance:::anscombe.residuals(m, phi)
  w <- surveillance:::algo.farrington.assign.weights(s, 2.58)
  m2 <- glm(y ~ tt + c1 + s1 + c2 + s2, family = quasipoisson, data = X, weights = w)
  phi2 <- max(summary(m2)$dispersion, 1)
  new <- data.frame(tt = 0, c1 = cos(2*pi*t/52), s1 = sin(2*pi*t/52), c2 = cos(4*pi*t/52), s2 = sin(4*pi*t/52))
  cat(sprintf("(%d, %d, %.10g, %.10g),\n", sid, week, predict(m2, new, type = "response"), phi2))
}
