#!/bin/sh
# Install-script hygiene (PostgreSQL documentation, "Security Considerations for Extension Scripts";
# contrib's 2020 hardening, CVE-2022-2625, CVE-2023-39417):
#
#   1. plain CREATE only: no IF NOT EXISTS, and no CREATE OR REPLACE (either
#      can adopt an object someone planted before CREATE EXTENSION ran).  An
#      update script may CREATE OR REPLACE a function or view that a released
#      script (sql/ntrk--<version>.sql, committed) created: it is then already
#      a member, and PostgreSQL refuses to replace a non-member there;
#   2. no SET / RESET / set_config: the script must not change the session
#      it runs in (CREATE EXTENSION already fixes search_path);
#   3. @extschema@ and @extowner@ never inside quotes or dollar quotes, where
#      a crafted schema name could break out of the literal.
#
#   sh test/lint_sql.sh [file ...]   default: sql/install/*.sql and the
#                                    pieces of every update script,
#                                    sql/update/*/*.sql
#
# Comments, string literals, quoted identifiers and dollar-quoted bodies are
# told apart by a small tokenizer, so a comment saying "never CREATE OR
# REPLACE" or a literal 'ETV6--NTRK3' does not count.  Prints TAP: one line
# per rule, with file:line of each offence; exits 1 if any rule fails.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP" || exit 2
if [ $# -eq 0 ]; then
	set -- sql/install/*.sql
	for f in sql/update/*/*.sql; do
		[ -f "$f" ] && set -- "$@" "$f"
	done
fi
# Released install scripts: the functions and views they create may be
# replaced by update scripts.
RELEASED=$(ls sql/ntrk--*.sql 2>/dev/null | grep -v -- '--.*--' | grep -v "ntrk--$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" ntrk.control).sql")
export RELEASED

exec perl -e '
use strict;
use warnings;

my (@or_replace, @if_not_exists, @set, @quoted_ext);

# Functions and views created by a released install script.
my %released;
for my $f (split /\s+/, $ENV{RELEASED} // "")
{
	next unless $f;
	open(my $fh, "<", $f) or die "$f: $!\n";
	local $/;
	my $src = <$fh>;
	$released{lc $2} = 1
		while $src =~ /\bCREATE\s+(?:OR\s+REPLACE\s+)?(FUNCTION|VIEW)\s+([A-Za-z_0-9.]+)/gi;
}

# Split one file into code (outside quotes/comments) and quoted text, each
# piece tagged with the line it starts on, then apply the rules.
sub lint_file
{
	my ($file) = @_;
	my $is_update = $file =~ m{(^|/)sql/update/} || $file =~ /--[0-9.]+--[0-9.]+\.sql$/;
	open(my $fh, "<", $file) or die "$file: $!\n";
	local $/;
	my $src = <$fh>;
	close($fh);

	my $line = 1;
	my $code = "";			# code of the current statement, quotes blanked
	my $stmt_line = 1;		# line the current statement starts on
	my $i = 0;
	my $n = length($src);

	my $end_statement = sub {
		my $c = $code;
		$c =~ s/\s+/ /g;
		$c =~ s/^ //;
		if ($c =~ /\bCREATE\s+OR\s+REPLACE\s+(\w+)\s+([A-Za-z_0-9.]+)/i)
		{
			my ($kind, $name) = (uc $1, lc $2);
			push @or_replace, "$file:$stmt_line"
				unless $is_update && ($kind eq "FUNCTION" || $kind eq "VIEW") && $released{$name};
		}
		elsif ($c =~ /\bCREATE\s+OR\s+REPLACE\b/i)
		{
			push @or_replace, "$file:$stmt_line";
		}
		push @if_not_exists, "$file:$stmt_line" if $c =~ /\bIF\s+NOT\s+EXISTS\b/i;
		push @set, "$file:$stmt_line"
			if $c =~ /^(SET|RESET)\b/i || $c =~ /\bset_config\s*\(/i;
		$code = "";
	};

	while ($i < $n)
	{
		my $ch = substr($src, $i, 1);
		my $rest = substr($src, $i, 2);
		if ($rest eq "--")
		{
			my $e = index($src, "\n", $i);
			$e = $n if $e < 0;
			$i = $e;
			next;
		}
		if ($rest eq "/*")
		{
			my $depth = 0;
			while ($i < $n)
			{
				my $two = substr($src, $i, 2);
				if ($two eq "/*") { $depth++; $i += 2; next; }
				if ($two eq "*/") { $depth--; $i += 2; last if $depth == 0; next; }
				$line++ if substr($src, $i, 1) eq "\n";
				$i++;
			}
			$code .= " ";
			next;
		}
		my $quoted;
		my $qstart = $line;
		if ($ch eq "\x27" || $ch eq "\"")
		{
			# 'string' (with doubled quotes; E-strings also escape with \) or
			# "identifier"
			my $escapes = $ch eq "\x27" && $i > 0 && substr($src, $i - 1, 1) =~ /[eE]/;
			my $j = $i + 1;
			while ($j < $n)
			{
				my $c = substr($src, $j, 1);
				if ($escapes && $c eq "\\") { $j += 2; next; }
				if ($c eq $ch)
				{
					if (substr($src, $j + 1, 1) eq $ch) { $j += 2; next; }
					last;
				}
				$j++;
			}
			$quoted = substr($src, $i + 1, $j - $i - 1);
			$i = $j + 1;
		}
		elsif ($ch eq "\$" && substr($src, $i) =~ /^(\$[A-Za-z_]?[A-Za-z_0-9]*\$)/
			   && ($i == 0 || substr($src, $i - 1, 1) !~ /[A-Za-z_0-9]/))
		{
			my $tag = $1;
			my $e = index($src, $tag, $i + length($tag));
			$e = $n if $e < 0;
			$quoted = substr($src, $i + length($tag), $e - $i - length($tag));
			$i = $e + length($tag);
		}
		if (defined $quoted)
		{
			push @quoted_ext, "$file:$qstart" if $quoted =~ /\@ext(schema|owner)\@/;
			$line += ($quoted =~ tr/\n//);
			$code .= " \x27\x27 ";
			next;
		}
		if ($ch eq ";")
		{
			$end_statement->();
			$i++;
			$stmt_line = $line;
			next;
		}
		$stmt_line = $line if $code =~ /^\s*$/ && $ch !~ /\s/;
		$line++ if $ch eq "\n";
		$code .= $ch;
		$i++;
	}
	$end_statement->();
}

lint_file($_) for @ARGV;

my $n = 0;
my $failed = 0;
# One TAP line per rule; offences follow as comments.
sub report
{
	my ($what, @where) = @_;
	$n++;
	if (@where)
	{
		$failed = 1;
		print "not ok $n - $what\n";
		print "# $_\n" for @where;
	}
	else
	{
		print "ok $n - $what\n";
	}
}
report("no CREATE OR REPLACE, except of a released function or view in an update script", @or_replace);
report("no IF NOT EXISTS", @if_not_exists);
report("no SET, RESET or set_config", @set);
report("no \@extschema\@ or \@extowner\@ inside quotes", @quoted_ext);
print "1..$n\n";
exit $failed;
' "$@"
