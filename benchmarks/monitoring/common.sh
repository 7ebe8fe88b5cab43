# Steps the monitoring benchmark scripts share; sourced by them.

# wait_until_up PORT: returns once the server on PORT answers its health check.
wait_until_up() {
  until curl -sf -o /dev/null "http://127.0.0.1:$1/health"; do sleep 0.02; done
}

# sign_in PORT DATA: signs in as the demo analyst whose password `simpul demo` wrote to
# DATA/demo.txt, and prints the Cookie header of the session.
sign_in() {
  local port=$1 data=$2 jar="$2/cookies-$1" password csrf
  password=$(awk '$1 == "analis" {print $2}' "$data/demo.txt")
  csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=analis&password=$password" "http://127.0.0.1:$port/masuk"
  echo "Cookie: simpul_session=$(awk '$6 == "simpul_session" {print $7}' "$jar")"
}

# register_cases PORT TOKEN SUMMARY: registers a case through the API every second until killed.
register_cases() {
  while true; do
    curl -s -o /dev/null -H "Authorization: Bearer $2" -H "Content-Type: application/json" \
      -d "{\"provinceCode\":\"35\",\"regency\":\"Kota Malang\",\"openedOn\":\"$(date +%Y-%m-%d)\",\"exploitationTypes\":[\"forced_labour\"],\"summary\":\"$3\"}" \
      "http://127.0.0.1:$1/api/v1/cases"
    sleep 1
  done
}
