package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/rules"
	"github.com/spf13/cobra"
)

// bundleCmd writes the rules as an OPA bundle.
func bundleCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	var out string
	cmd := &cobra.Command{
		Use:   "bundle -o FILE.tar.gz",
		Short: "Write the rules (standards, policies and any --rules packs) as an OPA bundle for stock OPA",
		Long: `Write the rules as an OPA bundle: every Rego module but tests, and a manifest whose
revision is the rules digest and whose root is "hrdd". Stock OPA loads it
(opa inspect, opa eval -b, opa run -s -b); query data.hrdd.main.requirements
with {"country", "as_of", "profiles", "context"} as hrdd does.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usage(errors.New("-o FILE.tar.gz is required"))
			}
			packs := engine.BuiltinPacks()
			for _, dir := range c.rules {
				st, err := os.Stat(dir)
				if err != nil || !st.IsDir() {
					return usage(fmt.Errorf("--rules %s: not a directory", dir))
				}
				packs = append(packs, rules.Pack{Name: filepath.Base(dir), FS: os.DirFS(dir)})
			}
			// Compile first, so that a bad custom pack is refused with its
			// errors rather than written out.
			if _, err := rules.New(ctx, packs, 0); err != nil {
				return usage(err)
			}
			tmp, err := os.CreateTemp(filepath.Dir(out), ".hrdd-bundle-*")
			if err != nil {
				return usage(fmt.Errorf("-o %s: %w", out, err))
			}
			defer os.Remove(tmp.Name())
			if err := rules.WriteBundle(tmp, packs); err != nil {
				tmp.Close()
				return err
			}
			if err := tmp.Close(); err != nil {
				return err
			}
			if err := os.Rename(tmp.Name(), out); err != nil {
				return err
			}
			digest, _ := rules.Digest(packs)
			fmt.Fprintf(stdout, "wrote %s (revision %s)\n", out, digest)
			return nil
		},
	}
	c.rulesFlag(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "the bundle file to write")
	return cmd
}
