#!/bin/bash
# Here, before and after the device calls that train the embedded 270M (device_session.sh setuptrain/part/train).
# Every call sends the repository as well as what it carries, 64 MiB in all; a 46.7 MB part of the GGUF fits only if
# the largest tracked files that training does not read stay behind (records_v2, which training reads by default, and
# the real pages' records travel: 15 MB in all). `slim` takes them out of the index (the files stay on disk) and
# ignores them locally; `unslim` puts the index back as HEAD has it. Commit nothing in between.
set -e
cd "$(git rev-parse --show-toplevel)"
P="ghost_architect/models/embedded-270m/adapter.gguf ghost_architect/models/embedded-270m/adapter_model.safetensors
   bench/real_ui/data bench/reader/pages examples/data_sample/images bench/real_train/data bench/real_train/data_a
   bench/real_train/data_b bench/real_train/data_c bench/real_train/data_d bench/real_train/data_r
   bench/embedded/records.json.gz bench/embedded/records_v3.json.gz bench/embedded/records_v4.json.gz
   bench/embedded/records_v5.json.gz ghost_architect/assets/css/bulma.min.css"
X=.git/info/exclude
case "$1" in
slim) git rm -r -q --cached $P; { echo "# SLIM-BEGIN"; for p in $P; do echo "/$p"; done; echo "# SLIM-END"; } >> $X ;;
unslim) git reset -q -- $P; sed -i '/# SLIM-BEGIN/,/# SLIM-END/d' $X ;;
*) echo "usage: bench/colab/slim.sh slim|unslim" >&2; exit 2 ;;
esac
echo "tracked: $(git ls-files -z | xargs -0 du -cb | tail -1 | cut -f1) bytes"
