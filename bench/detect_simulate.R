# More Noufaily-style weekly series (the design of ../shared/data/detect), with R surveillance's
# own farringtonFlexible (Noufaily) and EARS C1 alarms, for out-of-sample checks of the detectors.
#
#   Rscript bench/detect_simulate.R SEED REPS OUTDIR
#   python bench/detect.py --series OUTDIR/series.csv --alarms OUTDIR/alarms_r.csv
#
# Bench-only: needs Debian's r-base-core + r-cran-surveillance; nothing in CI runs it. Writes to
# OUTDIR (use /tmp or var/, never the repo). Same model as bench/detect_simulate.py: NB baseline
# exp(theta + beta t + sum_j gamma1 cos(2 pi j t/52) + gamma2 sin(2 pi j t/52)), variance phi mu;
# four past outbreaks (k in 2, 3, 5, 10) in the five years before week 576, one current outbreak
# (k in 1..10) starting in weeks 576-624; Poisson(k sd) cases with lognormal(0, 0.5) delays.
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
seed <- as.integer(args[1]); reps <- as.integer(args[2]); out <- args[3]
scen_path <- if (length(args) >= 4) args[4] else "../shared/data/detect/scenarios.csv"
set.seed(seed)
dir.create(out, showWarnings = FALSE, recursive = TRUE)
sc <- read.csv(scen_path)
weeks <- 624; eval_start <- 576; range <- eval_start:weeks
series <- list(); alarms <- list(); sid <- 0
place <- function(target, start, k, mu, phi) {
  cases <- rpois(1, k * sqrt(phi * mu[start]))
  delays <- floor(rlnorm(cases, 0, 0.5))
  for (d in delays) if (start + d <= weeks) target[start + d] <- target[start + d] + 1
  target
}
ctl <- list(range = range, b = 5, w = 3, weightsThreshold = 2.58, pastWeeksNotIncluded = 26,
            noPeriods = 10, pThresholdTrend = 1, thresholdMethod = "nbPlugin", alpha = 0.01,
            populationOffset = FALSE)
for (i in seq_len(nrow(sc))) {
  s <- sc[i, ]
  for (rep in seq_len(reps)) {
    sid <- sid + 1
    t <- 1:weeks
    eta <- s$theta + s$beta * t
    if (s$m > 0) for (j in 1:s$m) {
      eta <- eta + s$gamma1 * cos(2 * pi * j * t / 52) + s$gamma2 * sin(2 * pi * j * t / 52)
    }
    mu <- exp(eta)
    base <- if (s$phi > 1) rnbinom(weeks, size = mu / (s$phi - 1), mu = mu) else rpois(weeks, mu)
    past <- rep(0, weeks); current <- rep(0, weeks)
    for (p in 1:4) {
      past <- place(past, sample((eval_start - 5 * 52 - 3):(eval_start - 1), 1),
                    sample(c(2, 3, 5, 10), 1), mu, s$phi)
    }
    current <- place(current, sample(range, 1), sample(1:10, 1), mu, s$phi)
    observed <- base + past + current
    series[[sid]] <- data.frame(series_id = sid, scenario = s$scenario, rep = rep, t = t,
                                mu = signif(mu, 7), baseline = base, past_outbreak = past,
                                current_outbreak = current, observed = observed)
    st <- sts(observed = observed, start = c(2000, 1), frequency = 52)
    ff <- farringtonFlexible(st, control = ctl)
    c1 <- earsC(st, control = list(range = range, method = "C1", alpha = 0.01))
    for (m in list(list("farrington_noufaily", ff), list("ears_c1", c1))) {
      alarms[[length(alarms) + 1]] <- data.frame(
        series_id = sid, scenario = s$scenario, rep = rep, method = m[[1]], t = range,
        upperbound = as.vector(upperbound(m[[2]])), alarm = as.integer(as.vector(alarms(m[[2]]))))
    }
  }
}
write.csv(do.call(rbind, series), file.path(out, "series.csv"), row.names = FALSE)
write.csv(do.call(rbind, alarms), file.path(out, "alarms_r.csv"), row.names = FALSE)
cat("wrote", sid, "series to", out, "\n")
