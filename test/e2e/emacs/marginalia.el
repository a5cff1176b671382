;;; marginalia.el --- Marginalia in Emacs through Eglot  -*- lexical-binding: t; -*-
;; Put this in your init file (Emacs 28 with the eglot package, or Emacs 29+).
;; Articles are *.article files and .txt/.md files under an articles/ or news/
;; folder; M-. jumps to where a person is first named, C-h . shows the hover
;; card, and unsourced claims appear as Flymake diagnostics.
;; scripts/e2e/emacs.mjs runs this very file in batch Emacs.
(require 'eglot)

(defvar marginalia-command '("marginalia" "lsp" "--stdio")
  "How to start the Marginalia language server.")

(define-derived-mode article-mode text-mode "Article"
  "A news article read with Marginalia.")

(add-to-list 'auto-mode-alist '("\\.article\\'" . article-mode))
(add-to-list 'auto-mode-alist '("/\\(?:articles\\|news\\)/[^/]*\\.\\(?:txt\\|md\\)\\'" . article-mode))
(add-to-list 'eglot-server-programs `(article-mode . ,(lambda (&rest _) marginalia-command)))
(add-hook 'article-mode-hook #'eglot-ensure)
