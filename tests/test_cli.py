"""The command line: output, exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from mediakit.cli import main


def test_corpus_lists_bundled_articles(capsys):
    assert main(["corpus"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["id", "outlet", "date", "kind", "words", "sentences"]
    seed = next(line for line in out if line.startswith("seed"))
    assert seed.split() == ["seed", "unknown", "2025-04-18", "published", "394", "17"]


def test_input_problem_exits_1_naming_the_file(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file or folder" in capsys.readouterr().err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_python_dash_m_entry_point():
    out = subprocess.run([sys.executable, "-m", "mediakit", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "examples:" in out.stdout


def _write_articles(folder, n):
    folder.mkdir()
    for i in range(n):
        text = f"---\nid: a{i}\n---\nReportedly, talks may fail in Kiev ({i}).\n"
        (folder / f"a{i:03d}.txt").write_text(text)


def test_analyze_writes_table_and_meta(tmp_path, capsys):
    _write_articles(tmp_path / "arts", 3)
    out = tmp_path / "r.csv"
    assert main(["analyze", str(tmp_path / "arts"), "--out", str(out), "--no-progress"]) == 0
    assert "3 articles analysed" in capsys.readouterr().out
    table = pd.read_csv(out)
    assert table["doc_id"].tolist() == ["a0", "a1", "a2"]
    assert table["hedge_n"].tolist() == [2, 2, 2] and table["naming_n"].tolist() == [1, 1, 1]
    meta = json.loads((tmp_path / "r.csv.meta.json").read_text())
    assert meta["options"]["command"] == "analyze" and len(meta["articles_sha256"]) == 3


def test_analyze_in_batches_and_jobs_gives_the_same_table(tmp_path, monkeypatch):
    _write_articles(tmp_path / "arts", 7)
    monkeypatch.setattr("mediakit.cli.BATCH", 3)
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    assert main(["analyze", str(tmp_path / "arts"), "--out", str(one), "--no-progress"]) == 0
    assert main(["analyze", str(tmp_path / "arts"), "--out", str(two), "--jobs", "2", "--no-progress"]) == 0
    pd.testing.assert_frame_equal(pd.read_json(one, lines=True), pd.read_json(two, lines=True))


def test_analyze_errors(tmp_path, capsys):
    _write_articles(tmp_path / "arts", 1)
    assert main(["analyze", str(tmp_path / "arts"), "--out", str(tmp_path / "r.xlsx")]) == 1
    assert "unknown output format" in capsys.readouterr().err
    (tmp_path / "dup").mkdir()
    for name in ("x.txt", "y.txt"):
        (tmp_path / "dup" / name).write_text("---\nid: same\n---\nText.\n")
    assert main(["analyze", str(tmp_path / "dup"), "--out", str(tmp_path / "r.csv")]) == 1
    assert "duplicate article ids" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(tmp_path / "arts"), "--out", str(tmp_path / "r.csv"), "--jobs", "0"])
    assert exc.value.code == 2


def test_fetch_command_uses_a_local_server(tmp_path, capsys, monkeypatch):
    import http.server
    import threading

    page = b"<html><head><title>Local</title></head><body><article><p>" + b"Talks resumed in Paris. " * 40
    page += b"</p></article></body></html>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = page if self.path == "/ok" else b"missing"
            self.send_response(200 if self.path == "/ok" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        manifest = tmp_path / "m.csv"
        pd.DataFrame({"id": ["a", "b"], "url": [f"{base}/ok", f"{base}/gone"]}).to_csv(manifest, index=False)
        cache = tmp_path / "cache"
        assert main(["fetch", str(manifest), "--cache", str(cache), "--no-progress", "--timeout", "5"]) == 0
        out = capsys.readouterr().out
        assert "ok" in out and "HTTP 404" in out and "1 ok, 1 failed" in out
        assert main(["analyze", str(cache), "--out", str(tmp_path / "r.csv"), "--no-progress"]) == 0
    finally:
        server.shutdown()
    assert main(["fetch", str(tmp_path / "nope.csv"), "--cache", str(cache)]) == 1
