;;; check.el --- drives batch Emacs + Eglot against marginalia lsp --stdio  -*- lexical-binding: t; -*-
;; Loads the README snippet (marginalia.el), opens a sample, and checks hover,
;; definition and diagnostics. Prints "ok - ..." / "not ok - ..." lines and
;; exits non-zero on a failure. Run by scripts/e2e/emacs.mjs.
(package-initialize)
(defvar check-root (getenv "MARGINALIA_ROOT"))
(defvar check-file (getenv "MARGINALIA_FILE"))
(defvar check-failures 0)

(defun check-report (ok name &optional detail)
  (unless ok (setq check-failures (1+ check-failures)))
  (princ (format "%s - %s%s\n" (if ok "ok" "not ok") name (if detail (concat " # " detail) ""))))

(defun check-wait (pred seconds)
  "Accepts process output until PRED holds or SECONDS pass."
  (let ((end (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.05))
    (funcall pred)))

(load (expand-file-name "test/e2e/emacs/marginalia.el" check-root))
(setq marginalia-command (list "node" (expand-file-name "bin/marginalia.js" check-root) "lsp" "--stdio"))

;; Diagnostics as the server publishes them (Flymake needs a display to run).
(defvar check-diagnostics nil)
(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (when (string-suffix-p "summit-report.txt" uri) (setq check-diagnostics diagnostics)))

(find-file check-file)
(check-report (eq major-mode 'article-mode) "the snippet gives articles/*.txt article-mode")
;; eglot-ensure connects from post-command-hook, which batch Emacs never runs.
(run-hooks 'post-command-hook)
(check-report (check-wait (lambda () (eglot-current-server)) 30) "eglot starts the server")

(defun check-at (needle offset)
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) offset))
  (eglot--TextDocumentPositionParams))

(defun check-request (method params)
  (jsonrpc-request (eglot-current-server) method params))

(defun check-hover (needle offset)
  (let* ((result (check-request :textDocument/hover (check-at needle offset)))
         (contents (plist-get result :contents)))
    (cond ((stringp contents) contents)
          ((plist-get contents :value))
          (t (format "%S" contents)))))

(when (eglot-current-server)
  (check-wait (lambda () check-diagnostics) 30)
  (let ((n (seq-count (lambda (d) (equal (plist-get d :code) "claim.unsourced")) check-diagnostics)))
    (check-report (> n 0) "diagnostics on unsourced claims" (format "%d claim.unsourced" n)))
  (let ((date (check-hover "on Tuesday" 3)))
    (check-report (and (string-match-p "Tuesday" date) (string-match-p "[Dd]ate" date)) "hover on a date"))
  (let ((person (check-hover "Halvorsen said" 2)))
    (check-report (string-match-p "Ingrid Halvorsen" person) "hover on a person"))
  (let* ((result (check-request :textDocument/definition (check-at "Halvorsen said" 2)))
         (first (if (vectorp result) (aref result 0) result))
         (range (or (plist-get first :targetSelectionRange) (plist-get first :range)))
         (line (plist-get (plist-get range :start) :line))
         (expected (progn (goto-char (point-min)) (search-forward "Ingrid Halvorsen") (1- (line-number-at-pos)))))
    (check-report (equal line expected) "definition from a surname" (format "line %s, expected %s" line expected)))
  (ignore-errors (eglot-shutdown (eglot-current-server))))

(princ (format "emacs: %d failed\n" check-failures))
(kill-emacs (if (= check-failures 0) 0 1))
