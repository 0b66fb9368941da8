# CPU accounting shared by the bench scripts; source it once APP_PID, DB and pg() exist.
HZ=$(getconf CLK_TCK)
cpu_stat() { awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat; }
# "pid ticks" of the app and of the PostgreSQL backends serving its database
app_db_ticks() {
    local p
    for p in $APP_PID $(pg -d postgres -Atc "select pid from pg_stat_activity where datname = '$DB'" | tr '\n' ' '); do
        [[ -r /proc/$p/stat ]] && awk -v p="$p" '{ sub(/^.*\) /, ""); print p, $12 + $13 }' "/proc/$p/stat" 2>/dev/null || true
    done
    return 0
}
# measured_wrk FILE WRK-ARGS…: runs wrk into FILE and appends the share of all cores that processes other than the
# app, its PostgreSQL backends and wrk took meanwhile ("other CPU"; kernel time on loopback networking counts as
# other too): on a shared machine that flags a disturbed run.
measured_wrk() {
    local file=$1 s0 s1 a0 a1 w
    shift
    s0=$(cpu_stat); a0=$(app_db_ticks)
    w=$( { wrk "$@" >"$file"; times; } | tail -n1)
    s1=$(cpu_stat); a1=$(app_db_ticks)
    # backends born during the run count from zero
    a1=$(awk 'NR == FNR { t0[$1] = $2; next } { d += $2 - ($1 in t0 ? t0[$1] : 0) } END { print d + 0 }' \
        <(echo "$a0") <(echo "$a1"))
    awk -v s0="$s0" -v s1="$s1" -v a="$a1" -v w="$w" -v hz="$HZ" 'BEGIN {
        split(s0, x, " "); split(s1, y, " "); split(w, t, " "); ws = 0
        for (i = 1; i <= 2; i++) { m = t[i]; sub(/s$/, "", m); split(m, p, "m"); ws += p[1] * 60 + p[2] }
        other = (y[1] - x[1]) - a - ws * hz; total = y[2] - x[2]
        printf "bench: other CPU %.0f %%; app+db CPU %.0f %%; wrk CPU %.0f %% (of all cores)\n",
            (other > 0 ? 100 * other / total : 0), 100 * a / total, 100 * ws * hz / total }' >>"$file"
}
other_cpu() { awk '/^bench: other CPU/ { print $4 }' "$1"; }
