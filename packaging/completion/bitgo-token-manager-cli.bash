# bash completion for bitgo-token-manager-cli                                   -*- shell-script -*-
# Commands, subcommands, each command's options and the fixed option values. Plain bash (no bash-completion
# helpers needed). Installed as /usr/share/bash-completion/completions/bitgo-token-manager-cli.

_bitgo_token_manager_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    # "--format=sh<TAB>": bash splits at '=' (COMP_WORDBREAKS), so the option is two words back.
    if [[ $cur == = ]]; then
        cur=''
    elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}
    fi

    case $prev in
        --env) COMPREPLY=($(compgen -W 'test prod sandbox' -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W 'raw env shell' -- "$cur")); return ;;
        --on-store-failure) COMPREPLY=($(compgen -W 'print revoke' -- "$cur")); return ;;
        --admin-scope) COMPREPLY=($(compgen -W 'read full' -- "$cur")); return ;;
        --duration | --lifetime) COMPREPLY=($(compgen -W '1d 30d 90d 1y 10y' -- "$cur")); return ;;
        --action)
            COMPREPLY=($(compgen -W 'signed-in signed-out created store-failed rotated revoked stored imported copied
                exported forgotten' -- "$cur"))
            return ;;
        --user | --otp | --label | --new-label | --scope | --limit | --max-limit | --ip | --enterprise | --template | \
            --max-lifetime-days | --expiring-days)
            return ;; # free text
    esac

    # The command words typed so far; options and their values are skipped.
    local value_options=' --env --user --otp --duration --label --scope --limit --max-limit --ip --enterprise
        --admin-scope --on-store-failure --format --action --template --max-lifetime-days --expiring-days --lifetime
        --new-label '
    local i word cmd='' sub=''
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            [[ ${COMP_WORDS[i+1]} != = && $value_options == *" $word "* ]] && ((i++))
            continue
        fi
        [[ $word == = ]] && { ((i++)); continue; }
        if [[ -z $cmd ]]; then
            cmd=$word
        elif [[ -z $sub && ($cmd == tokens || $cmd == templates) ]]; then
            sub=$word
        fi
    done

    local words
    if [[ $cur == -* ]]; then
        words='--env --user --json --help --version'
        case "$cmd $sub" in
            'login ') words+=' --password-stdin --token-stdin --otp' ;;
            'unlock ') words+=' --otp --duration' ;;
            'history ') words+=' --csv --action --limit' ;;
            'tokens create')
                words+=' --label --scope --limit --max-limit --ip --duration --enterprise --admin --admin-scope --otp
                    --on-store-failure --print-token --template' ;;
            'tokens revoke') words+=' --label --yes' ;;
            'tokens export') words+=' --label --format' ;;
            'tokens import') words+=' --token-stdin --label' ;;
            'tokens forget') words+=' --label' ;;
            'tokens review') words+=' --max-lifetime-days --expiring-days' ;;
            'tokens rotate') words+=' --label --lifetime --new-label --carry-over-remaining --template --otp' ;;
            'templates save') words+=' --scope --limit --max-limit --ip --duration --enterprise --admin --admin-scope' ;;
            'templates export') words+=' --template' ;;
        esac
    elif [[ -z $cmd ]]; then
        words='login logout session unlock lock tokens templates history help version'
    elif [[ $cmd == tokens && -z $sub ]]; then
        words='list create revoke export import forget review rotate'
    elif [[ $cmd == templates && -z $sub ]]; then
        words='list show save delete import export'
    fi
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _bitgo_token_manager_cli bitgo-token-manager-cli
