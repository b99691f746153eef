#!/usr/bin/env bash
# Builds the article editor into ../src/main/resources/static/admin/editor.js from the pinned
# packages in package-lock.json. editor.css beside it is hand-written and not touched here.
set -euo pipefail
cd "$(dirname "$0")"

# esbuild's postinstall is denied in package.json (allowScripts): its binary comes as the
# @esbuild/<platform> package and works without it.
npm ci --no-audit --no-fund
tiptap=$(node -p 'require("./node_modules/@tiptap/core/package.json").version')
./node_modules/.bin/esbuild src/editor.js \
    --bundle --minify --format=iife --target=es2019 \
    --legal-comments=eof --charset=utf8 \
    "--banner:js=/* Sinmun article editor: built from editor/ by editor/build.sh; do not edit by hand. TipTap $tiptap, ProseMirror; MIT licensed. */" \
    --outfile=../src/main/resources/static/admin/editor.js
ls -l ../src/main/resources/static/admin/editor.js
